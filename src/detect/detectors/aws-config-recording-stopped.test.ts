import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-config-recording-stopped.js';

const cfg = (eventName: string, request: Record<string, unknown>, errorCode?: string) =>
  ct({ eventName, eventSource: 'config.amazonaws.com', request, ...(errorCode ? { errorCode } : {}) });
testDetector(detector, {
  valid: [
    { name: 'starting the recorder', events: [cfg('StartConfigurationRecorder', { configurationRecorderName: 'default' })] },
    {
      name: 'a stop that failed validation',
      events: [cfg('StopConfigurationRecorder', { configurationRecorderName: 'x' }, 'NoSuchConfigurationRecorderException')],
    },
  ],
  invalid: [
    {
      name: 'recorder stopped',
      events: [cfg('StopConfigurationRecorder', { configurationRecorderName: 'default' })],
      messageId: 'stopped',
      explains: 'default',
    },
    { name: 'delivery channel deleted', events: [cfg('DeleteDeliveryChannel', { deliveryChannelName: 'default' })], messageId: 'stopped' },
    { name: 'a config rule deleted', events: [cfg('DeleteConfigRule', { configRuleName: 'encrypted-volumes' })], messageId: 'ruleDeleted', severity: 'medium' },
  ],
});
