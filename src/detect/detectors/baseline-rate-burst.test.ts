import { ct, identities, learned, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './baseline-rate-burst.js';

const role = identities.role('reports', 'job');
const get = (t: number, errorCode?: string) =>
  ct({
    eventName: 'GetSecretValue',
    eventSource: 'secretsmanager.amazonaws.com',
    identity: role,
    time: t,
    request: { secretId: 'db' },
    ...(errorCode ? { errorCode } : {}),
  });
const usual = learned(get(T0), { activeHours: 300, events: 3000, errors: 3, actions: { GetSecretValue: 90, Query: 2900 } });
testDetector(detector, {
  valid: [
    { name: 'the usual rate', events: series(2, T0, 60_000, (i, t) => get(t)) },
    {
      name: 'a busy hour for a busy principal',
      events: series(20, T0, 1000, (i, t) => get(t)),
      baseline: learned(get(T0), { activeHours: 300, actions: { GetSecretValue: 9000 } }),
    },
    { name: 'no learned baseline: nothing to compare with', events: series(40, T0, 100, (i, t) => get(t)) },
    {
      name: 'a busy working hour for a principal whose learned peak is close',
      events: series(30, T0, 1000, (i, t) => get(t)),
      baseline: learned(get(T0), { activeHours: 300, actions: { GetSecretValue: 1500 }, actionPeaks: { GetSecretValue: 18 } }),
    },
  ],
  invalid: [
    {
      name: 'twenty calls in seconds against 0.3 per hour',
      events: series(20, T0, 200, (i, t) => get(t)),
      baseline: usual,
      messageId: 'calls',
      explains: 'called GetSecretValue 20 times in 4 s; its baseline is 0.30 per hour over 300 active hours (at most 0 in any hour)',
    },
    {
      name: 'a burst of failures',
      events: series(15, T0, 1000, (i, t) => get(t, 'AccessDenied')),
      baseline: usual,
      messageId: 'errors',
      explains: '15 failed calls',
    },
  ],
});
