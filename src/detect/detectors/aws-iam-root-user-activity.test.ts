import { ct, identities } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-iam-root-user-activity.js';

const root = identities.root();
testDetector(detector, {
  valid: [
    { name: 'root reading only', events: [ct({ eventName: 'ListAccessKeys', identity: root })] },
    { name: 'AWS acting for root', events: [ct({ eventName: 'CreateServiceLinkedRole', identity: root })] },
    {
      name: 'a failed root login',
      events: [ct({ eventName: 'ConsoleLogin', identity: root, response: { ConsoleLogin: 'Failure' }, errorCode: 'Failed authentication' })],
    },
    { name: 'an IAM user writing', events: [ct({ eventName: 'PutBucketVersioning', eventSource: 's3.amazonaws.com' })] },
  ],
  invalid: [
    { name: 'root console login', events: [ct({ eventName: 'ConsoleLogin', identity: root, response: { ConsoleLogin: 'Success' } })], messageId: 'login' },
    {
      name: 'root writes in one hour from one address are one alert',
      events: [ct({ eventName: 'PutBucketVersioning', eventSource: 's3.amazonaws.com', identity: root }), ct({ eventName: 'CreateUser', identity: root })],
      messageId: 'activity',
      alerts: 1,
      eventCount: 1,
    },
    {
      name: 'root reads when asked to report them',
      events: [ct({ eventName: 'ListUsers', identity: root })],
      options: { includeReadOnly: true },
      messageId: 'activity',
    },
  ],
});
