import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-iam-policy-changes-monitored.js';

const account = awsAccount();
const CIS =
  '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'wildcards and an event source, in another order',
      resource: account,
      inventory: monitoringChain(
        '{ $.eventSource = iam.amazonaws.com && ($.eventName = Attach*Policy || $.eventName = Detach*Policy || $.eventName = Put*Policy || $.eventName = Delete*Policy || $.eventName = CreatePolicy || $.eventName = CreatePolicyVersion || $.eventName = DeletePolicyVersion) }',
      ),
    },
  ],
  invalid: [
    {
      name: 'inline policy changes only',
      resource: account,
      inventory: monitoringChain(
        '{ ($.eventName=PutUserPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutGroupPolicy)||($.eventName=DeleteUserPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteGroupPolicy) }',
      ),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
