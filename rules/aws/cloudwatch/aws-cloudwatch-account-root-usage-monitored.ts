import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-root-usage-monitored',
  severity: 'medium',
  title: 'Use of the root user is monitored',
  rationale: 'Root activity should be rare and planned; an alert on every use lets the team confirm each one and react at once to a compromised root account.',
  cisPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  what: 'use of the root user',
  mustMatch: [
    { eventName: 'CreateAccessKey', eventSource: 'iam.amazonaws.com', eventType: 'AwsApiCall', userIdentity: { type: 'Root' } },
    { eventName: 'ConsoleLogin', eventSource: 'signin.amazonaws.com', eventType: 'AwsConsoleSignIn', userIdentity: { type: 'Root' } },
  ],
  mustNotMatch: [{ eventName: 'CreateAccessKey', eventSource: 'iam.amazonaws.com', eventType: 'AwsApiCall', userIdentity: { type: 'IAMUser' } }],
});
