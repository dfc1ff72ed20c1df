import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-account-cloudshell-full-access-restricted',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.account',
  severity: 'medium',
  title: 'AWSCloudShellFullAccess is not attached to any identity',
  description: 'Checks that the AWS managed policy AWSCloudShellFullAccess is attached to no IAM user, group or role.',
  rationale:
    'CloudShell full access includes file upload and download between the shell and the browser, a data exfiltration path that bypasses network controls. Grant a narrower CloudShell policy instead.',
  remediation: {
    summary:
      'Detach AWSCloudShellFullAccess and grant a custom policy that allows CloudShell without file transfer (deny cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls).',
    cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess && aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    console: ['Open the IAM console, choose Policies and AWSCloudShellFullAccess.', 'On "Entities attached", detach it from every user, group and role.'],
  },
  references: ['https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html'],
  requires: { 'aws.iam.user': 'account', 'aws.iam.group': 'account', 'aws.iam.role': 'account' },
  messages: {
    restricted: 'Account {{name}} grants AWSCloudShellFullAccess to no identity.',
    attached: 'Account {{name}} grants AWSCloudShellFullAccess to {{entities}}.',
  },
  evaluate(account, ctx) {
    const arn = `arn:${account.properties.partition}:iam::aws:policy/AWSCloudShellFullAccess`;
    const where = { account: account.account };
    const has = (attached: readonly { readonly arn: string }[]): boolean => attached.some((p) => p.arn === arn);
    const entities = [
      ...ctx.inventory
        .list('aws.iam.user', where)
        .filter((u) => has(u.properties.attachedPolicies))
        .map((u) => `user ${u.name}`),
      ...ctx.inventory
        .list('aws.iam.group', where)
        .filter((g) => has(g.properties.attachedPolicies))
        .map((g) => `group ${g.name}`),
      ...ctx.inventory
        .list('aws.iam.role', where)
        .filter((r) => has(r.properties.attachedPolicies))
        .map((r) => `role ${r.name}`),
    ];
    if (entities.length === 0) return { status: 'PASS', messageId: 'restricted', evidence: { entities } };
    return { status: 'FAIL', messageId: 'attached', data: { entities: entities.join(', ') }, evidence: { entities } };
  },
});
