import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-console-authentication-failures-monitored.js';

const account = awsAccount();
const CIS = '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'quoted values and a source clause',
      resource: account,
      inventory: monitoringChain('{ $.eventSource = "signin.amazonaws.com" && $.eventName = "ConsoleLogin" && $.errorMessage = "Failed authentication" }'),
    },
  ],
  invalid: [
    {
      name: 'a filter on successful sign-ins by mistake',
      resource: account,
      inventory: monitoringChain('{ ($.eventName = ConsoleLogin) && ($.responseElements.ConsoleLogin = "Success") }'),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
