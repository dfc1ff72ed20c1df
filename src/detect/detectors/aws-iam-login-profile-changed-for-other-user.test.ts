import { ct, identities } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-iam-login-profile-changed-for-other-user.js';

testDetector(detector, {
  valid: [
    { name: 'changing your own password', events: [ct({ eventName: 'UpdateLoginProfile', request: { userName: 'alice' } })] },
    {
      name: 'a session named after the user is that user',
      events: [ct({ eventName: 'UpdateLoginProfile', identity: identities.role('sso', 'alice'), request: { userName: 'alice' } })],
    },
  ],
  invalid: [
    {
      name: 'console password created for another user',
      events: [ct({ eventName: 'CreateLoginProfile', request: { userName: 'bob' } })],
      messageId: 'created',
      explains: 'IAM user bob',
    },
    {
      name: "another user's password changed",
      events: [ct({ eventName: 'UpdateLoginProfile', request: { userName: 'bob', passwordResetRequired: false } })],
      messageId: 'updated',
      evidence: { passwordResetRequired: false },
    },
  ],
});
