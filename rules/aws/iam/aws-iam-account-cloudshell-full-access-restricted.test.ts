import { awsAccount, iamGroup, iamRole, iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-account-cloudshell-full-access-restricted.js';

const CLOUDSHELL = { arn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess', name: 'AWSCloudShellFullAccess' };

testRule(rule, {
  valid: [{ name: 'nobody has it', resource: awsAccount(), inventory: [iamUser('alice'), iamGroup('developers'), iamRole('app')], messageId: 'restricted' }],
  invalid: [
    {
      name: 'attached to a group',
      resource: awsAccount(),
      inventory: [iamGroup('developers', { attachedPolicies: [CLOUDSHELL] })],
      messageId: 'attached',
      evidence: { entities: ['group developers'] },
    },
    {
      name: 'attached to a user and a role',
      resource: awsAccount(),
      inventory: [iamUser('alice', { attachedPolicies: [CLOUDSHELL] }), iamRole('ops', { attachedPolicies: [CLOUDSHELL] })],
      messageId: 'attached',
      evidence: { entities: ['user alice', 'role ops'] },
    },
  ],
});
