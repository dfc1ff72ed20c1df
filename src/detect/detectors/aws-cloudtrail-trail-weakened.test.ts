import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-cloudtrail-trail-weakened.js';

const update = (request: Record<string, unknown>, errorCode?: string) =>
  ct({ eventName: 'UpdateTrail', eventSource: 'cloudtrail.amazonaws.com', request: { name: 'main', ...request }, ...(errorCode ? { errorCode } : {}) });
testDetector(detector, {
  valid: [
    { name: 'turning multi-region on strengthens the trail', events: [update({ isMultiRegionTrail: true })] },
    { name: 'a failed update changed nothing', events: [update({ isMultiRegionTrail: false }, 'AccessDenied')] },
    { name: 'a new bucket is ignored when that option is off', events: [update({ s3BucketName: 'other' })], options: { alertOnBucketChange: false } },
  ],
  invalid: [
    { name: 'made single-region', events: [update({ isMultiRegionTrail: false })], messageId: 'weakened', explains: 'made single-region' },
    {
      name: 'log validation off and logs sent elsewhere',
      events: [update({ enableLogFileValidation: false, s3BucketName: 'attacker-bucket' })],
      messageId: 'weakened',
      explains: /validation.*attacker-bucket/,
    },
  ],
});
