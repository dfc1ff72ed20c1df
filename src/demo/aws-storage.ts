/**
 * The demo account's data stores: S3 buckets (a public marketing site, a data export bucket someone
 * opened with an ACL, the CloudTrail bucket), RDS (an encrypted Multi-AZ database and a legacy
 * reporting instance), EFS, KMS keys, and the resource policies of queues, functions and secrets.
 */
import type { AnyResource } from '../resources/index.js';
import type { PolicyDocument } from '../resources/aws/index.js';
import {
  efsFileSystem,
  kmsKey,
  lambdaFunction,
  macieSession,
  rdsInstance,
  s3AccountPublicAccessBlock,
  s3Bucket,
  secretsManagerSecret,
  sqsQueue,
} from '../inventory/builders/aws.js';
import { DEMO_AWS_ACCOUNT, EU, GLOBAL, US } from './aws-placement.js';

const denyHttp = (bucket: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});

export function demoStorage(): AnyResource[] {
  return [
    // The account-level S3 Block Public Access was never turned on.
    s3AccountPublicAccessBlock(null, GLOBAL),
    s3Bucket('acme-prod-cloudtrail-logs', { policy: denyHttp('acme-prod-cloudtrail-logs'), policyIsPublic: false }, US),
    s3Bucket(
      'acme-backups-eu',
      { policy: denyHttp('acme-backups-eu'), policyIsPublic: false, logging: { targetBucket: 'acme-access-logs-eu', targetPrefix: 'backups/' } },
      EU,
    ),
    s3Bucket(
      'acme-marketing-site',
      {
        publicAccessBlock: null,
        policyIsPublic: true,
        policy: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-marketing-site/*' }],
        },
      },
      { ...EU, tags: { team: 'marketing' } },
    ),
    s3Bucket(
      'acme-data-exports',
      {
        publicAccessBlock: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: true },
        objectOwnership: 'ObjectWriter',
        acl: {
          ownerId: 'acme-canonical-id',
          grants: [
            { granteeType: 'CanonicalUser', granteeId: 'acme-canonical-id', granteeUri: null, permission: 'FULL_CONTROL' },
            { granteeType: 'Group', granteeId: null, granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' },
          ],
        },
      },
      { ...US, tags: { team: 'data' } },
    ),
    s3Bucket('acme-app-uploads', { publicAccessBlock: null }, US),
    macieSession({}, US),
    macieSession({}, EU),

    rdsInstance('orders-db', {}, { ...US, tags: { team: 'orders' } }),
    rdsInstance(
      'legacy-reporting',
      { storageEncrypted: false, kmsKeyId: null, engine: 'mysql', engineVersion: '8.0.39', multiAZ: false },
      { ...EU, tags: { team: 'finance' } },
    ),
    efsFileSystem('fs-0a7c3e9f1b2d4e6f0', {}, { ...US, tags: { Name: 'shared-media' } }),

    kmsKey('0f1e2d3c-aaaa-4bbb-8ccc-1234567890ab', {}, { ...US, tags: { Name: 'cloudtrail-logs' } }),
    kmsKey('1a2b3c4d-bbbb-4ccc-8ddd-234567890abc', { rotationEnabled: false }, { ...US, tags: { Name: 'app-data' } }),
    kmsKey('2b3c4d5e-cccc-4ddd-8eee-34567890abcd', { keyManager: 'AWS', rotationEnabled: null }, { ...US, tags: { Name: 'aws/ebs' } }),
    kmsKey(
      '3c4d5e6f-dddd-4eee-8fff-4567890abcde',
      { keyState: 'PendingDeletion', deletionDate: '2026-11-15T00:00:00.000Z', rotationEnabled: false },
      { ...EU, tags: { Name: 'old-reporting' } },
    ),

    sqsQueue(
      'order-events',
      {
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'FromOrdersTopic',
              Effect: 'Allow',
              Principal: { Service: 'sns.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Resource: `arn:aws:sqs:us-east-1:${DEMO_AWS_ACCOUNT}:order-events`,
              Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${DEMO_AWS_ACCOUNT}:orders` } },
            },
          ],
        },
      },
      US,
    ),
    lambdaFunction('image-resize', {}, US),
    secretsManagerSecret('prod/orders-db', {}, US),
  ];
}
