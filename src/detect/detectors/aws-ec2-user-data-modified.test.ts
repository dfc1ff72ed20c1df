import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-user-data-modified.js';

const modify = (request: Record<string, unknown>) =>
  ct({ eventName: 'ModifyInstanceAttribute', eventSource: 'ec2.amazonaws.com', request: { instanceId: 'i-1', ...request } });
testDetector(detector, {
  valid: [{ name: 'changing the instance type', events: [modify({ instanceType: { value: 'm5.large' } })] }],
  invalid: [{ name: 'user data replaced', events: [modify({ userData: '<sensitiveDataRemoved>' })], messageId: 'modified', explains: 'instance i-1' }],
});
