import { ct, OTHER_ACCOUNT } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-s3-bucket-opened-externally.js';

const policy = (statement: Record<string, unknown>) =>
  ct({
    eventName: 'PutBucketPolicy',
    eventSource: 's3.amazonaws.com',
    request: {
      bucketName: 'data',
      bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*', ...statement }] },
    },
  });
testDetector(detector, {
  valid: [
    { name: 'same-account principal', events: [policy({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app' } })] },
    { name: 'public but pinned to the organisation', events: [policy({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } })] },
    {
      name: 'a private ACL',
      events: [ct({ eventName: 'PutBucketAcl', eventSource: 's3.amazonaws.com', request: { bucketName: 'data', 'x-amz-acl': ['private'] } })],
    },
  ],
  invalid: [
    { name: 'public read policy', events: [policy({ Principal: '*' })], messageId: 'policy', severity: 'critical', explains: 'grant everyone' },
    { name: 'another account', events: [policy({ Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` } })], messageId: 'policy', severity: 'high' },
    {
      name: 'public ACL',
      events: [ct({ eventName: 'PutBucketAcl', eventSource: 's3.amazonaws.com', request: { bucketName: 'data', 'x-amz-acl': ['public-read'] } })],
      messageId: 'acl',
    },
    {
      name: 'public access block removed',
      events: [ct({ eventName: 'DeleteBucketPublicAccessBlock', eventSource: 's3.amazonaws.com', request: { bucketName: 'data' } })],
      messageId: 'unblocked',
      severity: 'medium',
    },
  ],
});
