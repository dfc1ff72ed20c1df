import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-console-sign-in-without-mfa-monitored.js';

const account = awsAccount();
const CIS =
  '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'the shorter CIS v1.2 pattern, unquoted and reordered',
      resource: account,
      inventory: monitoringChain('{ $.additionalEventData.MFAUsed != Yes && $.eventName = ConsoleLogin }'),
    },
  ],
  invalid: [
    {
      name: 'a filter on every console sign-in, with or without MFA',
      resource: account,
      inventory: monitoringChain('{ $.eventName = "ConsoleLogin" }'),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
