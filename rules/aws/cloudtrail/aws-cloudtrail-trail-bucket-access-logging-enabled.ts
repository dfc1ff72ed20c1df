import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-cloudtrail-trail-bucket-access-logging-enabled',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  severity: 'low',
  title: 'The S3 bucket receiving CloudTrail logs has server access logging',
  description:
    'For each trail the account owns, finds its S3 bucket and checks that server access logging is enabled on it (s3:GetBucketLogging). A bucket in another account (a central log archive) is assessed there.',
  rationale:
    'Access logs on the CloudTrail bucket show who read, copied or deleted the audit trail itself, which matters most when an attacker tries to cover their tracks.',
  remediation: {
    summary: 'Enable server access logging on the CloudTrail bucket, to a separate bucket that only the log delivery service can write to.',
    cli: 'aws s3api put-bucket-logging --bucket <cloudtrail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<access-log-bucket>","TargetPrefix":"cloudtrail-bucket/"}}\'',
    console: [
      'Open the S3 console and choose the CloudTrail bucket.',
      'On Properties, edit "Server access logging", enable it, choose the target bucket and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-7',
  ],
  requires: { 'aws.s3.bucket': 'account' },
  reads: ['s3BucketName', 'ownerAccountId'],
  messages: {
    enabled: 'CloudTrail trail {{name}} delivers to bucket {{bucket}}, which has server access logging.',
    disabled: 'CloudTrail trail {{name}} delivers to bucket {{bucket}}, which has no server access logging.',
    otherOwner: 'CloudTrail trail {{name}} is an organization trail owned by account {{owner}}: assess it there.',
    bucketElsewhere: 'CloudTrail trail {{name}} delivers to bucket {{bucket}} in another account: assess it there.',
  },
  evaluate(trail, ctx) {
    const { s3BucketName, ownerAccountId } = trail.properties;
    if (ownerAccountId !== trail.account)
      return { status: 'NOT_APPLICABLE', messageId: 'otherOwner', data: { owner: ownerAccountId }, evidence: { ownerAccountId } };
    const name = s3BucketName ?? missingData('the trail has no S3 bucket name');
    const bucket = ctx.inventory.list('aws.s3.bucket', { account: trail.account }).find((b) => b.properties.name === name);
    const data = { bucket: name };
    if (!bucket) return { status: 'NOT_APPLICABLE', messageId: 'bucketElsewhere', data, evidence: { s3BucketName: name, bucketInAccount: false } };
    const evidence = { s3BucketName: name, logging: bucket.properties.logging };
    return bucket.properties.logging !== null
      ? { status: 'PASS', messageId: 'enabled', data, evidence }
      : { status: 'FAIL', messageId: 'disabled', data, evidence };
  },
});
