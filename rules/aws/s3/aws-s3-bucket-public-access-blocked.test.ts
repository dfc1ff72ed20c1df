import { s3AccountPublicAccessBlock, s3Bucket } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-s3-bucket-public-access-blocked.js';

const ALL = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const NONE = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };
const publicRead = { granteeType: 'Group', granteeId: null, granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' };
const owner = { granteeType: 'CanonicalUser', granteeId: 'owner', granteeUri: null, permission: 'FULL_CONTROL' };
const publicPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Principal: '*' as const, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }],
};

testRule(rule, {
  valid: [
    { name: 'all four flags on the bucket', resource: s3Bucket('a'), inventory: [s3AccountPublicAccessBlock(null)], messageId: 'blocked' },
    { name: 'no bucket setting, inherited from the account', resource: s3Bucket('b', { publicAccessBlock: null }), inventory: [s3AccountPublicAccessBlock()] },
    {
      name: 'flags split between the bucket and the account',
      resource: s3Bucket('c', { publicAccessBlock: { ...NONE, blockPublicAcls: true, ignorePublicAcls: true } }),
      inventory: [s3AccountPublicAccessBlock({ ...NONE, blockPublicPolicy: true, restrictPublicBuckets: true })],
    },
    {
      name: 'a public ACL grant neutralised by IgnorePublicAcls',
      resource: s3Bucket('d', { objectOwnership: 'ObjectWriter', acl: { ownerId: 'owner', grants: [owner, publicRead] } }),
    },
    {
      name: 'a public ACL grant on a bucket with ACLs disabled (BucketOwnerEnforced)',
      resource: s3Bucket('e', { acl: { ownerId: 'owner', grants: [owner, publicRead] } }),
    },
  ],
  invalid: [
    {
      name: 'nothing on the bucket nor the account',
      resource: s3Bucket('f', { publicAccessBlock: null }),
      inventory: [s3AccountPublicAccessBlock(null)],
      messageId: 'notBlocked',
    },
    {
      name: 'the account-level resource missing from the inventory is not a block',
      resource: s3Bucket('g', { publicAccessBlock: { ...ALL, restrictPublicBuckets: false } }),
      messageId: 'notBlocked',
      evidence: { accountPublicAccessBlock: null },
    },
    {
      name: 'public by ACL (AllUsers READ) without IgnorePublicAcls',
      resource: s3Bucket('h', { publicAccessBlock: null, objectOwnership: 'ObjectWriter', acl: { ownerId: 'owner', grants: [owner, publicRead] } }),
      inventory: [s3AccountPublicAccessBlock(null)],
      messageId: 'publicAcl',
      severity: 'critical',
    },
    {
      name: 'public by policy (S3 says IsPublic)',
      resource: s3Bucket('site', { publicAccessBlock: null, policy: publicPolicy, policyIsPublic: true }),
      inventory: [s3AccountPublicAccessBlock(null)],
      messageId: 'publicPolicy',
      severity: 'critical',
    },
    {
      name: 'public by policy read by cspm when S3 gave no status',
      resource: s3Bucket('site', { publicAccessBlock: null, policy: publicPolicy, policyIsPublic: null }),
      inventory: [s3AccountPublicAccessBlock(null)],
      messageId: 'publicPolicy',
    },
  ],
});
