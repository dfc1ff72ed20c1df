import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-organizations-changes-monitored',
  severity: 'medium',
  title: 'AWS Organizations changes are monitored',
  rationale:
    'Detaching a service control policy or moving an account out of its OU removes guard rails from whole accounts at once; those changes must be seen.',
  cisPattern:
    '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  what: 'AWS Organizations changes',
  mustMatch: apiCalls('organizations.amazonaws.com', [
    'AcceptHandshake',
    'AttachPolicy',
    'CreateAccount',
    'CreateOrganizationalUnit',
    'CreatePolicy',
    'DeclineHandshake',
    'DeleteOrganization',
    'DeleteOrganizationalUnit',
    'DeletePolicy',
    'DetachPolicy',
    'DisablePolicyType',
    'EnablePolicyType',
    'InviteAccountToOrganization',
    'LeaveOrganization',
    'MoveAccount',
    'RemoveAccountFromOrganization',
    'UpdatePolicy',
    'UpdateOrganizationalUnit',
  ]),
  mustNotMatch: apiCalls('organizations.amazonaws.com', ['DescribeOrganization', 'ListAccounts']),
});
