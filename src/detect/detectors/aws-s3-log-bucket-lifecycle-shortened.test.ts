import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-s3-log-bucket-lifecycle-shortened.js';

const lifecycle = (bucket: string, days: number, status = 'Enabled') =>
  ct({
    eventName: 'PutBucketLifecycle',
    eventSource: 's3.amazonaws.com',
    request: { bucketName: bucket, LifecycleConfiguration: { Rule: { Expiration: { Days: days }, Status: status } } },
  });
testDetector(detector, {
  valid: [
    { name: 'long retention on a log bucket', events: [lifecycle('org-cloudtrail-logs', 730)] },
    { name: 'short expiry on an ordinary bucket', events: [lifecycle('build-artifacts', 1)] },
    { name: 'a disabled rule expires nothing', events: [lifecycle('org-cloudtrail-logs', 1, 'Disabled')] },
  ],
  invalid: [
    { name: 'one-day expiry on a bucket named for logs', events: [lifecycle('org-cloudtrail-logs', 1)], messageId: 'shortened', explains: 'after 1 day' },
    {
      name: 'a bucket a trail writes to, whatever its name',
      events: [
        ct({ eventName: 'CreateTrail', eventSource: 'cloudtrail.amazonaws.com', request: { name: 'main', s3BucketName: 'x7q2' } }),
        lifecycle('x7q2', 3),
      ],
      messageId: 'shortened',
      evidence: { knownTrailBucket: true },
    },
  ],
});
