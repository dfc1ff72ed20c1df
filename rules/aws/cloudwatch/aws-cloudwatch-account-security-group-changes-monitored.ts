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
  '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }';

const spec: MonitoringSpec = {
  what: 'security group changes',
  mustMatch: apiCalls('ec2.amazonaws.com', [
    'AuthorizeSecurityGroupIngress',
    'AuthorizeSecurityGroupEgress',
    'RevokeSecurityGroupIngress',
    'RevokeSecurityGroupEgress',
    'CreateSecurityGroup',
    'DeleteSecurityGroup',
  ]),
  mustNotMatch: apiCalls('ec2.amazonaws.com', ['DescribeSecurityGroups', 'RunInstances']),
};

export default defineRule({
  id: 'aws-cloudwatch-account-security-group-changes-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'low',
  title: 'Security group changes are monitored',
  description:
    'Checks the CIS monitoring chain for security group changes: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale:
    'One security group rule can open a database or an admin port to the internet; seeing each change lets the team undo an accidental or malicious opening quickly.',
  remediation: monitoringRemediation('security-group-changes', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
