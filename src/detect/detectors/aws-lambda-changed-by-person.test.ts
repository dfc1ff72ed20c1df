import { ct, identities, learned } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-lambda-changed-by-person.js';

const src = 'lambda.amazonaws.com';
const code = (identity = identities.user()) =>
  ct({
    eventName: 'UpdateFunctionCode20150331v2',
    eventSource: src,
    identity,
    request: { functionName: 'arn:aws:lambda:eu-west-1:111122223333:function:api' },
  });
const layers = (arns: string[]) => ct({ eventName: 'UpdateFunctionConfiguration20150331v2', eventSource: src, request: { functionName: 'api', layers: arns } });
testDetector(detector, {
  valid: [
    { name: 'a deployment role updating code', events: [code(identities.role('ci-deploy', 'gh-actions'))] },
    {
      name: 'a configuration change without layers',
      events: [ct({ eventName: 'UpdateFunctionConfiguration20150331v2', eventSource: src, request: { functionName: 'api', timeout: 30 } })],
    },
    { name: 'a developer who deploys by hand every day', events: [code()], baseline: learned(code(), { actions: { UpdateFunctionCode20150331v2: 40 } }) },
  ],
  invalid: [
    { name: 'an IAM user replacing code', events: [code()], messageId: 'code', explains: 'function api' },
    { name: 'an SSO user replacing code', events: [code(identities.role('AWSReservedSSO_Dev_1234', 'bob@example.com'))], messageId: 'code' },
    { name: 'a layer from another account', events: [layers(['arn:aws:lambda:eu-west-1:444455556666:layer:ext:3'])], messageId: 'layers', severity: 'high' },
    { name: 'a layer from the same account', events: [layers(['arn:aws:lambda:eu-west-1:111122223333:layer:ext:1'])], messageId: 'layers', severity: 'medium' },
  ],
});
