import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-console-sign-in-without-mfa-monitored',
  severity: 'medium',
  title: 'Console sign-ins without MFA are monitored',
  rationale:
    'A console sign-in without MFA means a password alone opened the account: either a user escaped the MFA policy or a stolen password is being used.',
  cisPattern:
    '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
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
});
