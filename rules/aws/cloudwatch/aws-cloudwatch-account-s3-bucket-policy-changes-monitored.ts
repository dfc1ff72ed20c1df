import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-s3-bucket-policy-changes-monitored',
  severity: 'medium',
  title: 'S3 bucket policy changes are monitored',
  rationale: 'A bucket policy or ACL change can make data public or replicate it to another account in one call; catching it at once limits the exposure.',
  cisPattern:
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  what: 'S3 bucket policy changes',
  mustMatch: apiCalls('s3.amazonaws.com', [
    'PutBucketAcl',
    'PutBucketPolicy',
    'PutBucketCors',
    'PutBucketLifecycle',
    'PutBucketReplication',
    'DeleteBucketPolicy',
    'DeleteBucketCors',
    'DeleteBucketLifecycle',
    'DeleteBucketReplication',
  ]),
  mustNotMatch: apiCalls('s3.amazonaws.com', ['GetBucketPolicy', 'GetBucketAcl']),
});
