import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-kms-key-disabling-or-deletion-monitored.js';

const account = awsAccount();
const CIS = '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    { name: 'no event source clause', resource: account, inventory: monitoringChain('{ $.eventName = ScheduleKeyDeletion || $.eventName = DisableKey }') },
  ],
  invalid: [
    {
      name: 'deletion only',
      resource: account,
      inventory: monitoringChain('{ ($.eventSource = kms.amazonaws.com) && ($.eventName = ScheduleKeyDeletion) }'),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
