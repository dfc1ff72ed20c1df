import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-network-gateway-changes-monitored',
  severity: 'low',
  title: 'Network gateway changes are monitored',
  rationale: 'Attaching an internet gateway or a customer gateway opens a new path into or out of the network; such a change should always be expected.',
  cisPattern:
    '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  what: 'network gateway changes',
  mustMatch: apiCalls('ec2.amazonaws.com', [
    'CreateCustomerGateway',
    'DeleteCustomerGateway',
    'AttachInternetGateway',
    'CreateInternetGateway',
    'DeleteInternetGateway',
    'DetachInternetGateway',
  ]),
  mustNotMatch: apiCalls('ec2.amazonaws.com', ['DescribeInternetGateways', 'RunInstances']),
});
