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
const CIS_PATTERN = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';

const spec: MonitoringSpec = {
  what: 'use of the root user',
  mustMatch: [
    { eventName: 'CreateAccessKey', eventSource: 'iam.amazonaws.com', eventType: 'AwsApiCall', userIdentity: { type: 'Root' } },
    { eventName: 'ConsoleLogin', eventSource: 'signin.amazonaws.com', eventType: 'AwsConsoleSignIn', userIdentity: { type: 'Root' } },
  ],
  mustNotMatch: [{ eventName: 'CreateAccessKey', eventSource: 'iam.amazonaws.com', eventType: 'AwsApiCall', userIdentity: { type: 'IAMUser' } }],
};

export default defineRule({
  id: 'aws-cloudwatch-account-root-usage-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'medium',
  title: 'Use of the root user is monitored',
  description:
    'Checks the CIS monitoring chain for use of the root user: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale: 'Root activity should be rare and planned; an alert on every use lets the team confirm each one and react at once to a compromised root account.',
  remediation: monitoringRemediation('root-usage', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
