import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-route-table-changes-monitored.js';

const account = awsAccount();
const CIS =
  '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }';

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'the CIS v1.2 pattern without the event source',
      resource: account,
      inventory: monitoringChain(
        '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
      ),
    },
  ],
  invalid: [
    {
      name: 'an event source joined with || matches every EC2 call',
      resource: account,
      inventory: monitoringChain('{ ($.eventSource = ec2.amazonaws.com) || ($.eventName = CreateRoute) }'),
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
