import { ct, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ssm-parameters-decrypted-burst.js';

const src = 'ssm.amazonaws.com';
const get = (names: string[], time: number, withDecryption = true) =>
  ct({ eventName: 'GetParameters', eventSource: src, time, request: { names, withDecryption } });
testDetector(detector, {
  valid: [
    {
      name: 'plain parameters are not secrets',
      events: series(3, T0, 1000, (i, t) =>
        get(
          Array.from({ length: 10 }, (_, j) => `/p/${i}/${j}`),
          t,
          false,
        ),
      ),
    },
    { name: 'a few SecureStrings', events: [get(['/db/password', '/api/key'], T0)] },
  ],
  invalid: [
    {
      name: 'forty parameters in seconds',
      events: series(4, T0, 500, (i, t) =>
        get(
          Array.from({ length: 10 }, (_, j) => `/c/${i}-${j}`),
          t,
        ),
      ),
      messageId: 'burst',
      explains: '40 different SecureString parameters',
    },
    {
      name: 'a whole path decrypted',
      events: [ct({ eventName: 'GetParametersByPath', eventSource: src, request: { path: '/prod', withDecryption: true, recursive: true } })],
      messageId: 'burst',
    },
  ],
});
