import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-guardduty-detection-disabled.js';

const gd = (eventName: string, request: Record<string, unknown> = {}) =>
  ct({ eventName, eventSource: 'guardduty.amazonaws.com', request: { detectorId: 'd-1', ...request } });
testDetector(detector, {
  valid: [
    { name: 'enabling a detector', events: [gd('UpdateDetector', { enable: true })] },
    { name: 'a filter that only tags findings', events: [gd('CreateFilter', { action: 'NOOP', name: 'tag' })] },
  ],
  invalid: [
    { name: 'detector deleted', events: [gd('DeleteDetector')], messageId: 'disabled', severity: 'high' },
    { name: 'detector disabled', events: [gd('UpdateDetector', { enable: false })], messageId: 'disabled' },
    { name: 'trusted IP list added', events: [gd('CreateIPSet', { name: 'friends' })], messageId: 'blinded', explains: 'trusted IP list friends' },
    { name: 'auto-archive filter', events: [gd('CreateFilter', { action: 'ARCHIVE', name: 'hide' })], messageId: 'blinded', severity: 'medium' },
  ],
});
