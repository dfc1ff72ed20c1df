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
const CIS_PATTERN = '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }';

const spec: MonitoringSpec = {
  what: 'disabling or scheduled deletion of KMS keys',
  mustMatch: apiCalls('kms.amazonaws.com', ['DisableKey', 'ScheduleKeyDeletion']),
  mustNotMatch: apiCalls('kms.amazonaws.com', ['Decrypt', 'DescribeKey']),
};

export default defineRule({
  id: 'aws-cloudwatch-account-kms-key-disabling-or-deletion-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'medium',
  title: 'Disabling or scheduled deletion of customer managed KMS keys is monitored',
  description:
    'Checks the CIS monitoring chain for disabling or scheduled deletion of KMS keys: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale:
    'Data encrypted under a deleted key is lost for good; disabling or scheduling deletion of a key is also a ransomware technique. The waiting period only helps if someone is told.',
  remediation: monitoringRemediation('kms-key-disabling-or-deletion', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
