import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-ebs-default-encryption-disabled.js';

const src = 'ec2.amazonaws.com';
testDetector(detector, {
  valid: [
    { name: 'enabling default encryption', events: [ct({ eventName: 'EnableEbsEncryptionByDefault', eventSource: src })] },
    {
      name: 'a refused disable changed nothing',
      events: [ct({ eventName: 'DisableEbsEncryptionByDefault', eventSource: src, errorCode: 'UnauthorizedOperation' })],
    },
  ],
  invalid: [
    {
      name: 'default encryption off',
      events: [ct({ eventName: 'DisableEbsEncryptionByDefault', eventSource: src, region: 'us-east-2' })],
      messageId: 'disabled',
      explains: 'us-east-2',
    },
  ],
});
