import { defineRule } from '../../../src/engine/rule.js';

/** Roles that IAM Identity Center creates in every account it manages. */
const IDENTITY_CENTER_PATH = '/aws-reserved/sso.amazonaws.com/';

export default defineRule({
  id: 'aws-iam-account-identity-federation-used',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.account',
  severity: 'low',
  title: 'People sign in through identity federation or IAM Identity Center',
  description:
    'Evidence for the manual CIS control on central identity management: checks that the account trusts a SAML identity provider or has IAM Identity Center permission-set roles, and reports how many IAM users still have console passwords.',
  rationale: 'Identities managed in one directory are created, reviewed and removed in one place; IAM users in each account are forgotten when people leave.',
  remediation: {
    summary: "Federate access through IAM Identity Center or your identity provider's SAML integration, then remove console passwords from IAM users.",
    console: [
      'Open the IAM Identity Center console and enable it in the management account.',
      'Assign users and groups to this account with permission sets, then retire the IAM users.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html',
  ],
  requires: { 'aws.iam.identity-provider': 'account', 'aws.iam.role': 'account', 'aws.iam.user': 'account' },
  messages: {
    federated: 'Account {{name}} uses federation ({{how}}); {{consoleUsers}} IAM user(s) still have console passwords.',
    notFederated: 'Account {{name}} has no SAML identity provider and no IAM Identity Center roles: people sign in as IAM users.',
  },
  evaluate(account, ctx) {
    const where = { account: account.account };
    const saml = ctx.inventory.list('aws.iam.identity-provider', where).filter((p) => p.properties.kind === 'SAML');
    const sso = ctx.inventory.list('aws.iam.role', where).filter((r) => r.properties.path.startsWith(IDENTITY_CENTER_PATH));
    const consoleUsers = ctx.inventory.list('aws.iam.user', where).filter((u) => u.properties.hasConsolePassword);
    const evidence = { samlProviders: saml.map((p) => p.id), identityCenterRoles: sso.length, consoleUsers: consoleUsers.map((u) => u.name) };
    const how = [...(saml.length > 0 ? [`SAML provider ${saml.map((p) => p.name).join(', ')}`] : []), ...(sso.length > 0 ? ['IAM Identity Center'] : [])];
    if (how.length === 0) return { status: 'FAIL', messageId: 'notFederated', evidence };
    return { status: 'PASS', messageId: 'federated', data: { how: how.join(' and '), consoleUsers: consoleUsers.length }, evidence };
  },
});
