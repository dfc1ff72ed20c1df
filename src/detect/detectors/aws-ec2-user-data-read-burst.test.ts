import { ct, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-user-data-read-burst.js';

const read = (instance: string, time: number, attribute = 'userData') =>
  ct({ eventName: 'DescribeInstanceAttribute', eventSource: 'ec2.amazonaws.com', time, request: { instanceId: instance, attribute } });
testDetector(detector, {
  valid: [
    { name: 'other attributes', events: series(20, T0, 100, (i, t) => read(`i-${i}`, t, 'instanceType')) },
    { name: 'a couple of user data reads', events: series(2, T0, 100, (i, t) => read(`i-${i}`, t)) },
  ],
  invalid: [
    { name: 'fifteen instances in seconds', events: series(15, T0, 250, (i, t) => read(`i-${i}`, t)), messageId: 'burst', explains: 'for 15 instance(s)' },
  ],
});
