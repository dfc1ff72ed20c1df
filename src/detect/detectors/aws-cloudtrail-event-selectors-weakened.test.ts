import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-cloudtrail-event-selectors-weakened.js';

const put = (request: Record<string, unknown>) =>
  ct({ eventName: 'PutEventSelectors', eventSource: 'cloudtrail.amazonaws.com', request: { trailName: 'main', ...request } });
testDetector(detector, {
  valid: [
    {
      name: 'all management events kept',
      events: [put({ eventSelectors: [{ includeManagementEvents: true, readWriteType: 'All', excludeManagementEventSources: [] }] })],
    },
    {
      name: 'advanced selectors on data events only',
      events: [put({ advancedEventSelectors: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }] }] })],
    },
  ],
  invalid: [
    {
      name: 'management events dropped',
      events: [put({ eventSelectors: [{ includeManagementEvents: false, readWriteType: 'All' }] })],
      messageId: 'weakened',
      explains: 'no longer records management events',
    },
    {
      name: 'only reads recorded',
      events: [put({ eventSelectors: [{ includeManagementEvents: true, readWriteType: 'ReadOnly' }] })],
      messageId: 'weakened',
      explains: 'read-only',
    },
    {
      name: 'KMS events excluded',
      events: [put({ eventSelectors: [{ includeManagementEvents: true, readWriteType: 'All', excludeManagementEventSources: ['kms.amazonaws.com'] }] })],
      messageId: 'weakened',
      explains: 'kms.amazonaws.com',
    },
  ],
});
