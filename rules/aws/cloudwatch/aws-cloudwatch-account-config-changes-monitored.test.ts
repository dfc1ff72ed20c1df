import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-config-changes-monitored.js';

const account = awsAccount();
const CIS =
  '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'quoted and reordered',
      resource: account,
      inventory: monitoringChain(
        '{ ($.eventName = "PutConfigurationRecorder" || $.eventName = "StopConfigurationRecorder" || $.eventName = "PutDeliveryChannel" || $.eventName = "DeleteDeliveryChannel") && $.eventSource = "config.amazonaws.com" }',
      ),
    },
  ],
  invalid: [
    {
      name: 'the recorder but not the delivery channel',
      resource: account,
      inventory: monitoringChain(
        '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = PutConfigurationRecorder)) }',
      ),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
