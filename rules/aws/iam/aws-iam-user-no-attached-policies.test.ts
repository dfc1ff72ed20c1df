import { iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-user-no-attached-policies.js';

testRule(rule, {
  valid: [
    { name: 'permissions only from groups', resource: iamUser('alice'), messageId: 'viaGroups' },
    { name: 'a user in no group with no policies has nothing to fix', resource: iamUser('bob', { groups: [] }) },
  ],
  invalid: [
    {
      name: 'a managed policy attached to the user',
      resource: iamUser('carol', { attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess', name: 'AmazonS3FullAccess' }] }),
      messageId: 'direct',
      evidence: { attachedPolicies: ['AmazonS3FullAccess'] },
    },
    {
      name: 'an inline policy',
      resource: iamUser('dave', {
        inlinePolicies: [{ name: 'temp-debug', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] } }],
      }),
      messageId: 'direct',
      evidence: { inlinePolicies: ['temp-debug'] },
    },
  ],
});
