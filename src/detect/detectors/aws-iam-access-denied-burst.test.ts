import { ct, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-iam-access-denied-burst.js';

const API = [
  'ListUsers',
  'ListRoles',
  'GetAccountAuthorizationDetails',
  'ListBuckets',
  'DescribeInstances',
  'ListSecrets',
  'ListKeys',
  'DescribeDBInstances',
  'ListFunctions',
  'GetCallerIdentity',
  'ListTopics',
  'DescribeTrails',
];
testDetector(detector, {
  valid: [
    {
      name: 'one API refused over and over (a misconfigured app)',
      events: series(50, T0, 1000, (i, t) => ct({ eventName: 'GetObject', eventSource: 's3.amazonaws.com', time: t, errorCode: 'AccessDenied' })),
    },
    { name: 'successful calls', events: series(12, T0, 1000, (i, t) => ct({ eventName: API[i] ?? 'X', time: t })) },
  ],
  invalid: [
    {
      name: 'enumeration across twelve APIs',
      events: series(12, T0, 2000, (i, t) => ct({ eventName: API[i] ?? 'X', time: t, errorCode: i % 2 ? 'AccessDenied' : 'Client.UnauthorizedOperation' })),
      messageId: 'burst',
      explains: '12 different APIs',
    },
  ],
});
