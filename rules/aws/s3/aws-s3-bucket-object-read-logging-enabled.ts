import { s3ObjectLoggingOutcome } from '../../../src/engine/helpers/cloudtrail.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-s3-bucket-object-read-logging-enabled',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  severity: 'low',
  title: 'CloudTrail records object-level read events for S3 buckets',
  description:
    'For each bucket, checks that a logging CloudTrail trail covering its region records S3 data events of the read kind (GetObject) for it: basic selectors with ReadWriteType ReadOnly or All on AWS::S3::Object for all buckets or this one, or advanced selectors that admit the event.',
  rationale:
    'Object-level read events (GetObject) show who read or exfiltrated data from a bucket; management events and server access logs do not give the caller identity with the same reliability.',
  remediation: {
    summary: 'Add an S3 data event selector to a multi-region trail for all buckets (or for this one), recording read events.',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"Name":"Management","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"S3 objects","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]}]}]\'',
    console: [
      'Open the CloudTrail console, choose Trails and the trail, then edit "Data events".',
      'Add the data event type "S3", log all buckets (or select the bucket) with read events, and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-23',
  ],
  requires: { 'aws.cloudtrail.trail': 'account' },
  messages: {
    logged: 'S3 bucket {{name}} has its object read events recorded by trail {{trails}}.',
    notLogged: 'S3 bucket {{name}} has no CloudTrail trail recording its object read events.',
    elsewhere: 'S3 bucket {{name}} may be covered by organization trail {{trail}} owned by account {{owner}}: assess it there.',
  },
  evaluate(bucket, ctx) {
    return s3ObjectLoggingOutcome(bucket, ctx, 'read');
  },
});
