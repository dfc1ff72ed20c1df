import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-unauthorized-api-calls-monitored.js';

const account = awsAccount();
const CIS =
  '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'the CIS v1.2 pattern without the noise exclusions',
      resource: account,
      inventory: monitoringChain('{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }'),
    },
  ],
  invalid: [
    {
      name: 'AccessDenied without the wildcard misses AccessDeniedException',
      resource: account,
      inventory: monitoringChain('{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied") }'),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
