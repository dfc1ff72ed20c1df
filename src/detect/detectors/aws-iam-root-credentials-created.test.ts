import { ct, identities } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-iam-root-credentials-created.js';

testDetector(detector, {
  valid: [{ name: 'a user creating their own key', events: [ct({ eventName: 'CreateAccessKey' })] }],
  invalid: [
    { name: 'root access key', events: [ct({ eventName: 'CreateAccessKey', identity: identities.root() })], messageId: 'key', severity: 'critical' },
    {
      name: 'root password changed',
      events: [ct({ eventName: 'PasswordUpdated', eventSource: 'signin.amazonaws.com', identity: identities.root() })],
      messageId: 'password',
      severity: 'high',
    },
  ],
});
