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
const CIS_PATTERN = '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }';

const spec: MonitoringSpec = {
  what: 'console authentication failures',
  mustMatch: [
    {
      eventName: 'ConsoleLogin',
      eventSource: 'signin.amazonaws.com',
      userIdentity: { type: 'IAMUser' },
      errorMessage: 'Failed authentication',
      responseElements: { ConsoleLogin: 'Failure' },
    },
  ],
  mustNotMatch: [
    { eventName: 'ConsoleLogin', eventSource: 'signin.amazonaws.com', userIdentity: { type: 'IAMUser' }, responseElements: { ConsoleLogin: 'Success' } },
    ...apiCalls('iam.amazonaws.com', ['GetUser']),
  ],
};

export default defineRule({
  id: 'aws-cloudwatch-account-console-authentication-failures-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'low',
  title: 'Console authentication failures are monitored',
  description:
    'Checks the CIS monitoring chain for console authentication failures: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale: 'Repeated failed console sign-ins are password guessing or credential stuffing; alerting on them shortens the time an attacker has to succeed.',
  remediation: monitoringRemediation('console-authentication-failures', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
