import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-route-table-changes-monitored',
  severity: 'low',
  title: 'Route table changes are monitored',
  rationale: 'A changed route can send private traffic to the internet or through an inspection bypass without touching any security group.',
  cisPattern:
    '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
  what: 'route table changes',
  mustMatch: apiCalls('ec2.amazonaws.com', [
    'CreateRoute',
    'CreateRouteTable',
    'ReplaceRoute',
    'ReplaceRouteTableAssociation',
    'DeleteRouteTable',
    'DeleteRoute',
    'DisassociateRouteTable',
  ]),
  mustNotMatch: apiCalls('ec2.amazonaws.com', ['DescribeRouteTables', 'RunInstances']),
});
