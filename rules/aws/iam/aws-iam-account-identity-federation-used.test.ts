import { awsAccount, iamIdentityProvider, iamRole, iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-account-identity-federation-used.js';

const ssoRole = iamRole('AWSReservedSSO_AdministratorAccess_0123456789abcdef', { path: '/aws-reserved/sso.amazonaws.com/' });

testRule(rule, {
  valid: [
    {
      name: 'IAM Identity Center permission-set roles',
      resource: awsAccount(),
      inventory: [ssoRole],
      messageId: 'federated',
      evidence: { identityCenterRoles: 1 },
    },
    {
      name: 'a SAML provider, with one IAM console user left',
      resource: awsAccount(),
      inventory: [iamIdentityProvider('Okta'), iamUser('break-glass')],
      evidence: { consoleUsers: ['break-glass'] },
    },
  ],
  invalid: [
    { name: 'only IAM users', resource: awsAccount(), inventory: [iamUser('alice'), iamUser('bob')], messageId: 'notFederated' },
    {
      name: 'an OIDC provider for CI is not human federation',
      resource: awsAccount(),
      inventory: [iamIdentityProvider('token.actions.githubusercontent.com', 'OIDC')],
      messageId: 'notFederated',
    },
  ],
});
