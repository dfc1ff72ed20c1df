import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-kms-key-disabled-or-deleted.js';

const src = 'kms.amazonaws.com';
testDetector(detector, {
  valid: [{ name: 'enabling a key', events: [ct({ eventName: 'EnableKey', eventSource: src, request: { keyId: 'k' } })] }],
  invalid: [
    {
      name: 'deletion scheduled',
      events: [ct({ eventName: 'ScheduleKeyDeletion', eventSource: src, request: { keyId: 'k', pendingWindowInDays: 7 } })],
      messageId: 'key',
      explains: 'deleted in 7 days',
    },
    { name: 'key disabled', events: [ct({ eventName: 'DisableKey', eventSource: src, request: { keyId: 'k' } })], messageId: 'key' },
  ],
});
