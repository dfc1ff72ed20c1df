import { cloudTrail, s3Bucket } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudtrail-trail-bucket-access-logging-enabled.js';

const trail = cloudTrail('main', { s3BucketName: 'trail-logs' });
const logged = s3Bucket('trail-logs', { logging: { targetBucket: 'access-logs', targetPrefix: 'trail-logs/' } });

testRule(rule, {
  valid: [{ name: 'the trail bucket has access logging', resource: trail, inventory: [logged], messageId: 'enabled' }],
  invalid: [
    {
      name: 'the trail bucket has no access logging',
      resource: trail,
      inventory: [s3Bucket('trail-logs')],
      messageId: 'disabled',
      evidence: { logging: null },
    },
    {
      name: 'another bucket with logging does not help',
      resource: trail,
      inventory: [s3Bucket('trail-logs'), s3Bucket('other', { logging: { targetBucket: 'access-logs', targetPrefix: '' } })],
      messageId: 'disabled',
    },
  ],
  notApplicable: [
    { name: 'the bucket lives in a central log archive account', resource: trail, inventory: [s3Bucket('something-else')], messageId: 'bucketElsewhere' },
    {
      name: 'organization trail owned elsewhere',
      resource: cloudTrail('org', { ownerAccountId: '111111111111', isOrganizationTrail: true }),
      messageId: 'otherOwner',
    },
  ],
  error: [{ name: 'the trail reports no bucket', resource: cloudTrail('odd', { s3BucketName: null }), message: 'no S3 bucket name' }],
});
