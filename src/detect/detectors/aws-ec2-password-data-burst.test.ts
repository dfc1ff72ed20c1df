import { ct, identities, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-password-data-burst.js';

const get = (instance: string, time: number, errorCode?: string) =>
  ct({
    eventName: 'GetPasswordData',
    eventSource: 'ec2.amazonaws.com',
    identity: identities.role('ops', 's'),
    time,
    request: { instanceId: instance },
    ...(errorCode ? { errorCode } : {}),
  });
testDetector(detector, {
  valid: [{ name: 'an admin connecting to three servers', events: series(3, T0, 60_000, (i, t) => get(`i-${i}`, t)) }],
  invalid: [
    {
      name: 'thirty refused requests in seconds',
      events: series(30, T0, 150, (i, t) => get(`i-${i}`, t, 'Client.UnauthorizedOperation')),
      messageId: 'burst',
      explains: /30 times within 4 s for 30 instance/,
    },
    { name: 'one instance hammered', events: series(12, T0, 1000, (i, t) => get('i-1', t)), messageId: 'burst', explains: 'for 1 instance' },
  ],
});
