import { ct, identities, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-signin-failed-logins-burst.js';

const fail = (user: string, time: number, ip = '203.0.113.9') =>
  ct({
    eventName: 'ConsoleLogin',
    identity: identities.user(user),
    time,
    sourceIp: ip,
    response: { ConsoleLogin: 'Failure' },
    errorCode: 'Failed authentication',
  });
testDetector(detector, {
  valid: [
    { name: 'a few typos', events: series(3, T0, 20_000, (i, t) => fail('alice', t)) },
    { name: 'failures spread over hours', events: series(6, T0, 3_600_000, (i, t) => fail('alice', t)) },
    { name: 'successful logins', events: series(8, T0, 1000, (i, t) => ct({ eventName: 'ConsoleLogin', time: t, response: { ConsoleLogin: 'Success' } })) },
  ],
  invalid: [
    {
      name: 'password spraying from one address',
      events: series(8, T0, 5000, (i, t) => fail(`user${i}`, t)),
      messageId: 'fromAddress',
      explains: /8 times from 203\.0\.113\.9.*8 user/,
    },
    {
      name: 'one user attacked from many addresses',
      events: series(6, T0, 5000, (i, t) => fail('alice', t, `198.51.100.${i}`)),
      messageId: 'againstUser',
      explains: 'failed to sign in 6 times',
    },
  ],
});
