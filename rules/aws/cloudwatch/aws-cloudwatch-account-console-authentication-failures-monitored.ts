import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-console-authentication-failures-monitored',
  severity: 'low',
  title: 'Console authentication failures are monitored',
  rationale: 'Repeated failed console sign-ins are password guessing or credential stuffing; alerting on them shortens the time an attacker has to succeed.',
  cisPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
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
});
