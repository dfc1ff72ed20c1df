import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import {
  evaluateMonitoring,
  MONITORING_REFERENCES,
  MONITORING_REQUIRES,
  monitoringMessages,
  monitoringRemediation,
  type MonitoringSpec,
} from '../../../src/engine/helpers/monitoring.js';
import { defineRule } from '../../../src/engine/rule.js';

/** The pattern the CIS remediation gives; any pattern that catches the same events passes. */
const CIS_PATTERN =
  '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }';

const spec: MonitoringSpec = {
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
};

export default defineRule({
  id: 'aws-cloudwatch-account-route-table-changes-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'low',
  title: 'Route table changes are monitored',
  description:
    'Checks the CIS monitoring chain for route table changes: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale: 'A changed route can send private traffic to the internet or through an inspection bypass without touching any security group.',
  remediation: monitoringRemediation('route-table-changes', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
