import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-user-no-attached-policies',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  severity: 'low',
  title: 'IAM users receive permissions only through groups',
  description:
    'Checks that no managed policy is attached directly to an IAM user and that the user has no inline policy (ListAttachedUserPolicies, ListUserPolicies).',
  rationale: 'Permissions granted per user drift and are forgotten when people change roles; granting them through groups (or roles) keeps access reviewable.',
  remediation: {
    summary: 'Move the user into a group that carries the permissions, then detach the user policies and delete the inline ones.',
    cli: 'aws iam add-user-to-group --user-name <user> --group-name <group> && aws iam detach-user-policy --user-name <user> --policy-arn <policy-arn> && aws iam delete-user-policy --user-name <user> --policy-name <inline-policy>',
    console: [
      'Open the IAM console, choose Users and the user.',
      'On "Permissions", add the user to a group with the needed policies, then remove the directly attached and inline policies.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2',
  ],
  reads: ['attachedPolicies', 'inlinePolicies'],
  messages: {
    viaGroups: 'IAM user {{name}} has no policies of its own.',
    direct: 'IAM user {{name}} has policies of its own: {{policies}}.',
  },
  evaluate(user) {
    const attached = user.properties.attachedPolicies.map((p) => p.name);
    const inline = user.properties.inlinePolicies.map((p) => `${p.name} (inline)`);
    const evidence = { attachedPolicies: attached, inlinePolicies: user.properties.inlinePolicies.map((p) => p.name) };
    if (attached.length + inline.length === 0) return { status: 'PASS', messageId: 'viaGroups', evidence };
    return { status: 'FAIL', messageId: 'direct', data: { policies: [...attached, ...inline].join(', ') }, evidence };
  },
});
