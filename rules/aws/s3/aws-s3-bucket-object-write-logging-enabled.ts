import { s3ObjectLoggingOutcome } from '../../../src/engine/helpers/cloudtrail.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-s3-bucket-object-write-logging-enabled',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  severity: 'medium',
  title: 'CloudTrail records object-level write events for S3 buckets',
  description:
    'For each bucket, checks that a logging CloudTrail trail covering its region records S3 data events of the write kind (PutObject) for it: basic selectors with ReadWriteType WriteOnly or All on AWS::S3::Object for all buckets or this one, or advanced selectors that admit the event.',
  rationale:
    'Object-level write events (PutObject, DeleteObject, CopyObject) show who changed or destroyed data in a bucket; management events do not include them.',
  remediation: {
    summary: 'Add an S3 data event selector to a multi-region trail for all buckets (or for this one), recording write events.',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"Name":"Management","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"S3 objects","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]}]}]\'',
    console: [
      'Open the CloudTrail console, choose Trails and the trail, then edit "Data events".',
      'Add the data event type "S3", log all buckets (or select the bucket) with write events, and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22',
  ],
  requires: { 'aws.cloudtrail.trail': 'account' },
  messages: {
    logged: 'S3 bucket {{name}} has its object write events recorded by trail {{trails}}.',
    notLogged: 'S3 bucket {{name}} has no CloudTrail trail recording its object write events.',
    elsewhere: 'S3 bucket {{name}} may be covered by organization trail {{trail}} owned by account {{owner}}: assess it there.',
  },
  evaluate(bucket, ctx) {
    return s3ObjectLoggingOutcome(bucket, ctx, 'write');
  },
});
