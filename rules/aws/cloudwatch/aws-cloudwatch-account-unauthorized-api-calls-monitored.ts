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
  '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }';

const spec: MonitoringSpec = {
  what: 'unauthorized API calls',
  mustMatch: [
    { eventName: 'RunInstances', eventSource: 'ec2.amazonaws.com', errorCode: 'Client.UnauthorizedOperation', sourceIPAddress: '198.51.100.20' },
    { eventName: 'GetObject', eventSource: 's3.amazonaws.com', errorCode: 'AccessDenied', sourceIPAddress: '198.51.100.20' },
    { eventName: 'Decrypt', eventSource: 'kms.amazonaws.com', errorCode: 'AccessDeniedException', sourceIPAddress: '198.51.100.20' },
  ],
  mustNotMatch: [{ eventName: 'RunInstances', eventSource: 'ec2.amazonaws.com', sourceIPAddress: '198.51.100.20' }],
};

export default defineRule({
  id: 'aws-cloudwatch-account-unauthorized-api-calls-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'medium',
  title: 'Unauthorized API calls are monitored',
  description:
    'Checks the CIS monitoring chain for unauthorized API calls: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale:
    'Bursts of denied calls are how stolen credentials and misconfigured automation show up: an attacker probing what a key can do triggers them long before anything succeeds.',
  remediation: monitoringRemediation('unauthorized-api-calls', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
