import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-unauthorized-api-calls-monitored',
  severity: 'medium',
  title: 'Unauthorized API calls are monitored',
  rationale:
    'Bursts of denied calls are how stolen credentials and misconfigured automation show up: an attacker probing what a key can do triggers them long before anything succeeds.',
  cisPattern:
    '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  what: 'unauthorized API calls',
  mustMatch: [
    { eventName: 'RunInstances', eventSource: 'ec2.amazonaws.com', errorCode: 'Client.UnauthorizedOperation', sourceIPAddress: '198.51.100.20' },
    { eventName: 'GetObject', eventSource: 's3.amazonaws.com', errorCode: 'AccessDenied', sourceIPAddress: '198.51.100.20' },
    { eventName: 'Decrypt', eventSource: 'kms.amazonaws.com', errorCode: 'AccessDeniedException', sourceIPAddress: '198.51.100.20' },
  ],
  mustNotMatch: [{ eventName: 'RunInstances', eventSource: 'ec2.amazonaws.com', sourceIPAddress: '198.51.100.20' }],
});
