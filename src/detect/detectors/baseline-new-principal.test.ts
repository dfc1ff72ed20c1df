import { BaselineState } from '../baseline-state.js';
import { ct, identities, learned, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './baseline-new-principal.js';

const known = ct({ eventName: 'ListBuckets', eventSource: 's3.amazonaws.com' });
const stranger = (name: string, time = T0) => ct({ eventName: 'ListBuckets', eventSource: 's3.amazonaws.com', identity: identities.user(name), time });
testDetector(detector, {
  valid: [
    { name: 'nothing learned yet: everyone is new, no one is reported', events: [stranger('bob')], baseline: () => new BaselineState() },
    { name: 'a known principal', events: [known], baseline: learned(known, {}) },
  ],
  invalid: [
    {
      name: 'a principal never seen',
      events: [stranger('mallory')],
      baseline: learned(known, {}),
      messageId: 'first',
      severity: 'info',
      explains: 'user/mallory appeared for the first time: 1 call(s) to ListBuckets',
    },
    {
      name: 'a flood of new principals is summarised',
      events: series(15, T0, 1000, (i, t) => stranger(`u${i}`, t)),
      baseline: learned(known, {}),
      options: { maxAlerts: 3 },
      alerts: 4,
      messageId: 'summary',
      explains: 'and 11 other principal(s)',
    },
  ],
});
