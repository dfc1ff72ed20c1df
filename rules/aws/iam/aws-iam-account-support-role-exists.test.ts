import { awsAccount, iamRole, iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-account-support-role-exists.js';

const SUPPORT = { arn: 'arn:aws:iam::aws:policy/AWSSupportAccess', name: 'AWSSupportAccess' };

testRule(rule, {
  valid: [
    {
      name: 'a role with AWSSupportAccess',
      resource: awsAccount(),
      inventory: [iamRole('app'), iamRole('aws-support', { attachedPolicies: [SUPPORT] })],
      messageId: 'exists',
    },
  ],
  invalid: [
    { name: 'no roles at all', resource: awsAccount(), messageId: 'missing', evidence: { roles: [] } },
    {
      name: 'AWSSupportAccess attached to a user, not a role',
      resource: awsAccount(),
      inventory: [iamUser('alice', { attachedPolicies: [SUPPORT] }), iamRole('app')],
      messageId: 'missing',
    },
    {
      name: 'a support role in another account does not count',
      resource: awsAccount(),
      inventory: [iamRole('aws-support', { attachedPolicies: [SUPPORT] }, { account: '999999999999' })],
      messageId: 'missing',
    },
  ],
});
