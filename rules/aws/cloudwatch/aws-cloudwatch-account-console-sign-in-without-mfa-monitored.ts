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
  '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }';

const spec: MonitoringSpec = {
  what: 'console sign-ins without MFA',
  mustMatch: [
    {
      eventName: 'ConsoleLogin',
      eventSource: 'signin.amazonaws.com',
      userIdentity: { type: 'IAMUser' },
      additionalEventData: { MFAUsed: 'No' },
      responseElements: { ConsoleLogin: 'Success' },
    },
  ],
  mustNotMatch: [
    {
      eventName: 'ConsoleLogin',
      eventSource: 'signin.amazonaws.com',
      userIdentity: { type: 'IAMUser' },
      additionalEventData: { MFAUsed: 'Yes' },
      responseElements: { ConsoleLogin: 'Success' },
    },
    ...apiCalls('iam.amazonaws.com', ['GetUser']),
  ],
};

export default defineRule({
  id: 'aws-cloudwatch-account-console-sign-in-without-mfa-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'medium',
  title: 'Console sign-ins without MFA are monitored',
  description:
    'Checks the CIS monitoring chain for console sign-ins without MFA: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale:
    'A console sign-in without MFA means a password alone opened the account: either a user escaped the MFA policy or a stolen password is being used.',
  remediation: monitoringRemediation('console-sign-in-without-mfa', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
