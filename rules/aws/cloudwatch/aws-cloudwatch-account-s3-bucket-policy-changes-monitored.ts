import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import {
  evaluateMonitoring,
  MONITORING_REFERENCES,
  MONITORING_REQUIRES,
  monitoringMessages,
  monitoringRemediation,
  type MonitoringSpec,
} from '../../../src/engine/helpers/monitoring.js';
import { defineRule } from '../../../src/engine/rule.js';

/** The pattern the CIS remediation gives; any pattern that catches the same events passes. */
const CIS_PATTERN =
  '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }';

const spec: MonitoringSpec = {
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
};

export default defineRule({
  id: 'aws-cloudwatch-account-s3-bucket-policy-changes-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'medium',
  title: 'S3 bucket policy changes are monitored',
  description:
    'Checks the CIS monitoring chain for S3 bucket policy changes: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale: 'A bucket policy or ACL change can make data public or replicate it to another account in one call; catching it at once limits the exposure.',
  remediation: monitoringRemediation('s3-bucket-policy-changes', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
