import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-config-changes-monitored',
  severity: 'low',
  title: 'AWS Config configuration changes are monitored',
  rationale: 'Stopping the Config recorder erases the configuration history an investigation relies on; it should never happen unnoticed.',
  cisPattern:
    '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
  what: 'AWS Config configuration changes',
  mustMatch: apiCalls('config.amazonaws.com', ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder']),
  mustNotMatch: apiCalls('config.amazonaws.com', ['DescribeConfigurationRecorders', 'GetResourceConfigHistory']),
});
