import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-account-support-role-exists',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.account',
  severity: 'low',
  title: 'A support role exists to manage incidents with AWS Support',
  description: 'Checks that at least one IAM role in the account has the AWS managed policy AWSSupportAccess attached.',
  rationale: 'During an incident the people on call need to open and follow AWS Support cases without using the root user or an administrator identity.',
  remediation: {
    summary: 'Create a role for the incident responders (or your identity provider) and attach AWSSupportAccess.',
    cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    console: [
      'Open the IAM console and choose Roles, then "Create role".',
      'Choose who may assume it, attach the AWSSupportAccess policy and create the role.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-18',
  ],
  requires: { 'aws.iam.role': 'account' },
  messages: {
    exists: 'Account {{name}} has a support role: {{roles}}.',
    missing: 'Account {{name}} has no role with the AWSSupportAccess policy.',
  },
  evaluate(account, ctx) {
    const policyArn = `arn:${account.properties.partition}:iam::aws:policy/AWSSupportAccess`;
    const roles = ctx.inventory
      .list('aws.iam.role', { account: account.account })
      .filter((r) => r.properties.attachedPolicies.some((p) => p.arn === policyArn));
    const evidence = { policyArn, roles: roles.map((r) => r.properties.arn) };
    if (roles.length === 0) return { status: 'FAIL', messageId: 'missing', evidence };
    return { status: 'PASS', messageId: 'exists', data: { roles: roles.map((r) => r.name).join(', ') }, evidence };
  },
});
