import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-bedrock-invocation-logging-deleted.js';

const src = 'bedrock.amazonaws.com';
testDetector(detector, {
  valid: [{ name: 'logging configured', events: [ct({ eventName: 'PutModelInvocationLoggingConfiguration', eventSource: src })] }],
  invalid: [
    { name: 'logging deleted', events: [ct({ eventName: 'DeleteModelInvocationLoggingConfiguration', eventSource: src })], messageId: 'deleted' },
    { name: 'guardrail deleted', events: [ct({ eventName: 'DeleteGuardrail', eventSource: src })], messageId: 'deleted' },
  ],
});
