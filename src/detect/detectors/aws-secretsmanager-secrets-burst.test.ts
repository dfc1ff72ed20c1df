import { ct, identities, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-secretsmanager-secrets-burst.js';

const src = 'secretsmanager.amazonaws.com';
const get = (secret: string, time: number, identity = identities.role('app', 'task-1')) =>
  ct({ eventName: 'GetSecretValue', eventSource: src, identity, time, request: { secretId: secret } });
testDetector(detector, {
  valid: [
    { name: 'an app reading its one secret often', events: series(50, T0, 1000, (i, t) => get('db-password', t)) },
    { name: 'four secrets at start-up', events: series(4, T0, 1000, (i, t) => get(`s${i}`, t)) },
    { name: 'many secrets over a day', events: series(12, T0, 3_600_000, (i, t) => get(`s${i}`, t)) },
    {
      name: 'one filtered batch at start-up',
      events: [ct({ eventName: 'BatchGetSecretValue', eventSource: src, request: { filters: [{ key: 'tag-key', values: ['team'] }] } })],
    },
  ],
  invalid: [
    {
      name: 'twenty secrets in seconds',
      events: series(20, T0, 200, (i, t) => get(`s${i}`, t, identities.user())),
      messageId: 'burst',
      explains: /20 different secrets in 20 calls within 4 s/,
      eventCount: 20,
    },
    {
      name: 'a catch-all filter pulls everything at once',
      events: [ct({ eventName: 'BatchGetSecretValue', eventSource: src, request: { filters: [{ key: 'tag-key', values: ['!never'] }] } })],
      messageId: 'batch',
      explains: 'tag-key=["!never"]',
    },
    {
      name: 'paging through a filtered batch',
      events: series(3, T0, 300, (i, t) =>
        ct({ eventName: 'BatchGetSecretValue', eventSource: src, time: t, request: { filters: [{ key: 'tag-key', values: ['team'] }] } }),
      ),
      messageId: 'burst',
    },
    {
      name: 'batches by id list count their ids',
      events: series(2, T0, 1000, (i, t) =>
        ct({ eventName: 'BatchGetSecretValue', eventSource: src, time: t, request: { secretIdList: ['a', 'b', 'c'].map((x) => `${x}${i}`) } }),
      ),
      messageId: 'burst',
    },
  ],
});
