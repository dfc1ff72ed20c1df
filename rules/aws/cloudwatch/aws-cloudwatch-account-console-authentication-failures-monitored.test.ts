import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-console-authentication-failures-monitored.js';

const account = awsAccount();
const CIS = '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }';

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
