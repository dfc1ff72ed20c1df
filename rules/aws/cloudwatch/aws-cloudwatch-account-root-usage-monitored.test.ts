import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-root-usage-monitored.js';

const account = awsAccount();
const CIS = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'the same clauses reordered and parenthesised',
      resource: account,
      inventory: monitoringChain('{ ($.eventType != "AwsServiceEvent") && (($.userIdentity.invokedBy NOT EXISTS) && ($.userIdentity.type = "Root")) }'),
    },
  ],
  invalid: [
    {
      name: 'a filter on root API calls that forgot console sign-ins',
      resource: account,
      inventory: monitoringChain('{ $.userIdentity.type = "Root" && $.eventType = "AwsApiCall" }'),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
