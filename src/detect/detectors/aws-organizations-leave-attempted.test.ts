import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-organizations-leave-attempted.js';

const src = 'organizations.amazonaws.com';
testDetector(detector, {
  valid: [{ name: 'describing the organisation', events: [ct({ eventName: 'DescribeOrganization', eventSource: src })] }],
  invalid: [
    { name: 'account left', events: [ct({ eventName: 'LeaveOrganization', eventSource: src })], messageId: 'left', severity: 'high' },
    {
      name: 'a refused attempt still alerts',
      events: [ct({ eventName: 'LeaveOrganization', eventSource: src, errorCode: 'AccessDenied' })],
      messageId: 'attempted',
      severity: 'medium',
      explains: 'AccessDenied',
    },
  ],
});
