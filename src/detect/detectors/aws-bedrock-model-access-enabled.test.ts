import { ct, identities, learned } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-bedrock-model-access-enabled.js';

const src = 'bedrock.amazonaws.com';
const invoke = () => ct({ eventName: 'InvokeModel', eventSource: src, identity: identities.role('app', 'x'), request: { modelId: 'anthropic.claude-3' } });
testDetector(detector, {
  valid: [
    { name: 'invocations without a learned baseline are not judged', events: [invoke()] },
    { name: 'an app that invokes models routinely', events: [invoke()], baseline: learned(invoke(), { activeHours: 100, actions: { InvokeModel: 5000 } }) },
  ],
  invalid: [
    { name: 'model access enabled', events: [ct({ eventName: 'PutUseCaseForModelAccess', eventSource: src })], messageId: 'enabled' },
    {
      name: 'a learned principal invoking a model for the first time',
      events: [invoke()],
      baseline: learned(invoke(), { activeHours: 100, actions: { GetObject: 5000 } }),
      messageId: 'firstUse',
      explains: 'anthropic.claude-3',
    },
  ],
});
