import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-organizations-changes-monitored.js';

const account = awsAccount();
const CIS =
  '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }';

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
    {
      name: 'a pattern matching every event is not monitoring',
      resource: account,
      inventory: monitoringChain('{ $.eventVersion = * }'),
      messageId: 'noFilter',
    },
    {
      name: 'the right filter without an alarm',
      resource: account,
      inventory: monitoringChain(CIS, { alarm: { metricName: 'something-else' } }),
      messageId: 'noAlarm',
    },
    {
      name: 'the alarm notifies a topic whose only subscription is pending confirmation',
      resource: account,
      inventory: monitoringChain(CIS, {
        topic: { subscriptions: [{ subscriptionArn: 'PendingConfirmation', protocol: 'email', endpoint: 'security@example.com' }] },
      }),
      messageId: 'noSubscriber',
    },
    {
      name: 'the trail does not deliver to CloudWatch Logs',
      resource: account,
      inventory: monitoringChain(CIS, { trail: { cloudWatchLogsLogGroupArn: null } }),
      messageId: 'noTrail',
    },
  ],
  notApplicable: [
    {
      name: 'an organization trail delivers to a log group in the management account',
      resource: account,
      inventory: monitoringChain(CIS, {
        trail: {
          ownerAccountId: '111111111111',
          isOrganizationTrail: true,
          cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:org-trail:*',
        },
      }),
      messageId: 'elsewhere',
    },
  ],
});
