/** Inventories for the CIS monitoring rules: a trail, a metric filter with an alarm, and the SNS topic it notifies. */
import type { MonitoringMessageId } from '../../src/engine/helpers/monitoring.js';
import type { AnyResource } from '../../src/resources/index.js';
import type { CloudTrailTrail, CloudWatchAlarm, SnsTopic } from '../../src/resources/aws/index.js';
import { alarmedMetricFilter, awsAccount, cloudTrail, snsTopic } from '../fixtures/aws/index.js';
import type { InvalidCase, PassCase } from './rule-tester.js';

export interface ChainOptions {
  readonly trail?: Partial<CloudTrailTrail>;
  readonly alarm?: Partial<CloudWatchAlarm>;
  readonly topic?: Partial<SnsTopic>;
}

/** The whole compliant chain around one filter pattern; override a link to break it. */
export function monitoringChain(pattern: string, options: ChainOptions = {}): AnyResource[] {
  return [
    cloudTrail('management-events', options.trail ?? {}),
    ...alarmedMetricFilter('cis-monitor', pattern, options.alarm ?? {}),
    snsTopic('security-alerts', options.topic ?? {}),
  ];
}

/**
 * The chain failures every monitoring rule must report, around its CIS pattern: a match-everything
 * filter, no alarm on the metric, a subscription pending confirmation, a trail that does not deliver
 * to CloudWatch Logs; and, not applicable, an organization trail delivering to another account.
 */
export function chainCases(cisPattern: string): {
  invalid: InvalidCase<'aws.account', MonitoringMessageId>[];
  notApplicable: PassCase<'aws.account', MonitoringMessageId>[];
} {
  const resource = awsAccount();
  return {
    invalid: [
      { name: 'a pattern matching every event is not monitoring', resource, inventory: monitoringChain('{ $.eventVersion = * }'), messageId: 'noFilter' },
      {
        name: 'the right filter without an alarm',
        resource,
        inventory: monitoringChain(cisPattern, { alarm: { metricName: 'something-else' } }),
        messageId: 'noAlarm',
      },
      {
        name: 'the alarm notifies a topic whose only subscription is pending confirmation',
        resource,
        inventory: monitoringChain(cisPattern, {
          topic: { subscriptions: [{ subscriptionArn: 'PendingConfirmation', protocol: 'email', endpoint: 'security@example.com' }] },
        }),
        messageId: 'noSubscriber',
      },
      {
        name: 'the trail does not deliver to CloudWatch Logs',
        resource,
        inventory: monitoringChain(cisPattern, { trail: { cloudWatchLogsLogGroupArn: null } }),
        messageId: 'noTrail',
      },
    ],
    notApplicable: [
      {
        name: 'an organization trail delivers to a log group in the management account',
        resource,
        inventory: monitoringChain(cisPattern, {
          trail: {
            ownerAccountId: '111111111111',
            isOrganizationTrail: true,
            cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:org-trail:*',
          },
        }),
        messageId: 'elsewhere',
      },
    ],
  };
}
