import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-organizations-changes-monitored.js';

const account = awsAccount();
const CIS =
  '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'unquoted names in another order',
      resource: account,
      inventory: monitoringChain(
        '{ $.eventSource = organizations.amazonaws.com && ($.eventName = UpdateOrganizationalUnit || $.eventName = UpdatePolicy || $.eventName = RemoveAccountFromOrganization || $.eventName = MoveAccount || $.eventName = LeaveOrganization || $.eventName = InviteAccountToOrganization || $.eventName = EnablePolicyType || $.eventName = DisablePolicyType || $.eventName = DetachPolicy || $.eventName = DeletePolicy || $.eventName = DeleteOrganizationalUnit || $.eventName = DeleteOrganization || $.eventName = DeclineHandshake || $.eventName = CreatePolicy || $.eventName = CreateOrganizationalUnit || $.eventName = CreateAccount || $.eventName = AttachPolicy || $.eventName = AcceptHandshake) }',
      ),
    },
  ],
  invalid: [
    {
      name: 'policy changes only',
      resource: account,
      inventory: monitoringChain(
        '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = AttachPolicy) || ($.eventName = DetachPolicy) || ($.eventName = UpdatePolicy)) }',
      ),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
