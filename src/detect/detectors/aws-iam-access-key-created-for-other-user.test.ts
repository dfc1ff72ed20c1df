import { ct, identities } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-iam-access-key-created-for-other-user.js';

const key = (request: Record<string, unknown> | null, extra: Partial<Parameters<typeof ct>[0]> = {}) =>
  ct({ eventName: 'CreateAccessKey', request, response: request ? { accessKey: { accessKeyId: 'AKIANEW', userName: request['userName'] } } : null, ...extra });
testDetector(detector, {
  valid: [
    { name: 'a user rotating their own key', events: [key({ userName: 'alice' })] },
    { name: 'no user named means the caller', events: [key(null)] },
    { name: 'CloudFormation creating a service user key', events: [key({ userName: 'svc' }, { identity: identities.service() })] },
    { name: 'a failed call created nothing', events: [key({ userName: 'bob' }, { errorCode: 'LimitExceeded' })] },
  ],
  invalid: [
    { name: 'a key for someone else', events: [key({ userName: 'bob' })], messageId: 'created', explains: 'IAM user bob' },
    {
      name: 'a role creating a key for a user',
      events: [key({ userName: 'bob' }, { identity: identities.role('ops', 'carol') })],
      messageId: 'created',
      explains: 'AKIANEW',
    },
  ],
});
