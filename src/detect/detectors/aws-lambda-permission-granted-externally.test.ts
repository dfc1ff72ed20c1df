import { ct, OTHER_ACCOUNT } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-lambda-permission-granted-externally.js';

const add = (request: Record<string, unknown>) =>
  ct({
    eventName: 'AddPermission20150331v2',
    eventSource: 'lambda.amazonaws.com',
    request: { functionName: 'fn', action: 'lambda:InvokeFunction', ...request },
  });
testDetector(detector, {
  valid: [
    { name: 'an AWS service invoking the function', events: [add({ principal: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::b' })] },
    { name: 'the same account', events: [add({ principal: '111122223333' })] },
    { name: 'another account pinned by a source account', events: [add({ principal: OTHER_ACCOUNT, sourceAccount: OTHER_ACCOUNT })] },
  ],
  invalid: [
    { name: 'anyone may invoke', events: [add({ principal: '*' })], messageId: 'granted', explains: 'allowed anyone to lambda:InvokeFunction on Lambda fn' },
    { name: 'another account may invoke', events: [add({ principal: OTHER_ACCOUNT })], messageId: 'granted', explains: `account ${OTHER_ACCOUNT}` },
  ],
});
