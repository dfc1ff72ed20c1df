import { fullAdminStatements } from '../../../src/engine/helpers/iam-policy.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-policy-no-full-admin-attached',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  severity: 'high',
  title: 'No attached IAM policy grants full "*:*" administrative privileges',
  description:
    'For every managed policy (AWS or customer managed) attached to a user, group or role, checks that its default version has no Allow statement for Action "*" on Resource "*". NotAction statements (such as PowerUserAccess) leave something out and are not "*:*"; an unconditional Deny on all resources in the same policy also takes something back.',
  rationale:
    'Full administrator access should be held by as few principals as possible and granted just in time. Every extra principal with "*:*" is a path to a complete account compromise.',
  remediation: {
    summary:
      'Replace "*:*" with the actions and resources the principals need, or detach the policy and grant administrator access through a break-glass role.',
    cli: 'aws iam list-entities-for-policy --policy-arn <policy-arn> && aws iam detach-role-policy --role-name <role> --policy-arn <policy-arn>',
    console: [
      'Open the IAM console, choose Policies and the policy.',
      'On "Entities attached", detach it from users, groups and roles that do not need full access; edit customer managed policies to least privilege.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
  ],
  messages: {
    limited: 'IAM policy {{name}} does not grant "*:*".',
    fullAdmin: 'IAM policy {{name}} grants "*:*" and is attached to {{entities}}.',
    unattached: 'IAM policy {{name}} is not attached to any user, group or role.',
  },
  evaluate(policy) {
    const p = policy.properties;
    const entities = [...p.attachedUsers.map((u) => `user ${u}`), ...p.attachedGroups.map((g) => `group ${g}`), ...p.attachedRoles.map((r) => `role ${r}`)];
    if (p.attachmentCount === 0 && entities.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'unattached', evidence: { attachmentCount: 0 } };
    const document = p.document ?? missingData(`the default version (${p.defaultVersionId ?? 'unknown'}) of the policy document was not collected`);
    const admin = fullAdminStatements(document);
    const evidence = { scope: p.scope, defaultVersionId: p.defaultVersionId, attachmentCount: p.attachmentCount, entities };
    if (admin.length === 0) return { status: 'PASS', messageId: 'limited', evidence };
    return {
      status: 'FAIL',
      messageId: 'fullAdmin',
      data: { entities: entities.join(', ') || `${p.attachmentCount} entities` },
      evidence: { ...evidence, statements: admin },
    };
  },
});
