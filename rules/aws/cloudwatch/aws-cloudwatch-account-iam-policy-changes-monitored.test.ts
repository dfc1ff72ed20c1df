import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-iam-policy-changes-monitored.js';

const account = awsAccount();
const CIS =
  '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}';

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
