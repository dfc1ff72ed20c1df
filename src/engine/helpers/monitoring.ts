/**
 * The CIS monitoring chain (CIS AWS Foundations section "Monitoring"): a multi-region trail that is
 * logging all management events delivers to a CloudWatch Logs group; a metric filter on that group
 * matches the events (semantically, see metric-filter.ts); a CloudWatch alarm with actions enabled
 * watches the filter's metric; the alarm notifies an SNS topic with at least one confirmed
 * subscription. The first broken link decides the message.
 */
import type { Severity } from '../../core/types.js';
import type { Resource } from '../../resources/index.js';
import { defineRule, type Outcome, type Remediation, type Rule, type RuleContext } from '../rule.js';
import { logsAllManagementEvents, trailIsLogging, trailLogGroup } from './cloudtrail.js';
import { patternCovers, type MonitoringTarget } from './metric-filter.js';

export interface MonitoringSpec extends MonitoringTarget {
  /** What is monitored, in a message: 'IAM policy changes'. */
  readonly what: string;
}

export type MonitoringMessageId = 'monitored' | 'noTrail' | 'noFilter' | 'noAlarm' | 'noSubscriber' | 'elsewhere';

/** The resource types every monitoring rule reads, account-wide. */
export const MONITORING_REQUIRES = {
  'aws.cloudtrail.trail': 'account',
  'aws.logs.metric-filter': 'account',
  'aws.cloudwatch.alarm': 'account',
  'aws.sns.topic': 'account',
} as const;

export function monitoringMessages(what: string): Readonly<Record<MonitoringMessageId, string>> {
  return {
    monitored: `Account {{name}} monitors ${what}: metric filter {{filter}} on log group {{logGroup}} triggers alarm {{alarm}}, which notifies {{topic}}.`,
    noTrail: `Account {{name}} cannot monitor ${what}: no multi-region trail that is logging all management events delivers to CloudWatch Logs.`,
    noFilter: `Account {{name}} does not monitor ${what}: no metric filter on {{logGroups}} matches them ({{detail}}).`,
    noAlarm: `Account {{name}} does not alarm on ${what}: no alarm with actions enabled watches the metric of {{filters}}.`,
    noSubscriber: `Account {{name}} does not notify anyone of ${what}: alarm {{alarms}} notifies no SNS topic with a confirmed subscription.`,
    elsewhere: `Account {{name}} delivers its management events to CloudWatch Logs in account {{owner}}, where ${what} must be monitored: assess that account.`,
  };
}

const SNS_ARN = /^arn:[^:]+:sns:/;

/** Evaluates the chain for one account. */
export function evaluateMonitoring(account: Resource<'aws.account'>, ctx: RuleContext, spec: MonitoringSpec): Outcome<MonitoringMessageId> {
  const trails = ctx.inventory.list('aws.cloudtrail.trail', { account: account.account });
  const trailEvidence = trails.map((t) => ({
    name: t.name,
    owner: t.properties.ownerAccountId,
    isMultiRegionTrail: t.properties.isMultiRegionTrail,
    isLogging: trailIsLogging(t.properties),
    allManagementEvents: logsAllManagementEvents(t.properties),
    logGroupArn: t.properties.cloudWatchLogsLogGroupArn,
  }));
  const delivering = trails.filter((t) => t.properties.isMultiRegionTrail && trailLogGroup(t.properties) !== null);
  const usable = delivering.filter((t) => trailIsLogging(t.properties) === true && logsAllManagementEvents(t.properties) === true);
  const groups = usable.map((t) => trailLogGroup(t.properties)).filter((g) => g !== null && g.account === account.account);
  if (groups.length === 0) {
    const remote = delivering.map((t) => trailLogGroup(t.properties)).find((g) => g !== null && g.account !== account.account);
    if (remote) return { status: 'NOT_APPLICABLE', messageId: 'elsewhere', data: { owner: remote.account }, evidence: { trails: trailEvidence } };
    return { status: 'FAIL', messageId: 'noTrail', evidence: { trails: trailEvidence } };
  }

  const logGroups = [...new Map(groups.map((g) => [`${g?.region}/${g?.name}`, g])).values()].filter((g) => g !== null);
  const filters = logGroups.flatMap((g) =>
    ctx.inventory.list('aws.logs.metric-filter', { account: account.account, region: g.region }).filter((f) => f.properties.logGroupName === g.name),
  );
  const coverage = filters.map((f) => ({ filter: f, result: patternCovers(f.properties.filterPattern, spec) }));
  const matching = coverage.filter((c) => c.result.covers).map((c) => c.filter);
  const logGroupNames = logGroups.map((g) => `${g.name} (${g.region})`);
  if (matching.length === 0) {
    const closest = [...coverage].sort(
      (a, b) => a.result.missed.length + a.result.overmatched.length - (b.result.missed.length + b.result.overmatched.length),
    )[0];
    const detail = closest
      ? `closest: ${closest.filter.name}, ${closest.result.parseError ?? (closest.result.missed.length > 0 ? `misses ${closest.result.missed.join(', ')}` : `also matches ${closest.result.overmatched.join(', ')}`)}`
      : 'the log group has no metric filters';
    return {
      status: 'FAIL',
      messageId: 'noFilter',
      data: { logGroups: logGroupNames.join(', '), detail },
      evidence: {
        trails: trailEvidence,
        logGroups: logGroupNames,
        filters: coverage.map((c) => ({ name: c.filter.name, pattern: c.filter.properties.filterPattern, ...c.result })),
      },
    };
  }

  const alarms = matching.flatMap((f) =>
    ctx.inventory
      .list('aws.cloudwatch.alarm', { account: account.account, region: f.region })
      .filter(
        (a) =>
          a.properties.actionsEnabled &&
          f.properties.metricTransformations.some((m) => m.metricName === a.properties.metricName && m.metricNamespace === a.properties.namespace),
      )
      .map((alarm) => ({ alarm, filter: f })),
  );
  const filterNames = matching.map((f) => f.name).join(', ');
  if (alarms.length === 0) {
    return {
      status: 'FAIL',
      messageId: 'noAlarm',
      data: { filters: filterNames },
      evidence: { logGroups: logGroupNames, matchingFilters: matching.map((f) => f.name) },
    };
  }

  for (const { alarm, filter } of alarms) {
    for (const arn of alarm.properties.alarmActions.filter((a) => SNS_ARN.test(a))) {
      const topic = ctx.inventory.get(arn);
      if (topic?.type !== 'aws.sns.topic') continue;
      const confirmed = topic.properties.subscriptions.filter((s) => s.subscriptionArn.startsWith('arn:'));
      if (confirmed.length === 0) continue;
      return {
        status: 'PASS',
        messageId: 'monitored',
        data: { filter: filter.name, logGroup: filter.properties.logGroupName, alarm: alarm.name, topic: topic.name },
        evidence: {
          logGroup: `${filter.properties.logGroupName} (${filter.region})`,
          filter: filter.name,
          filterPattern: filter.properties.filterPattern,
          alarm: alarm.name,
          topic: arn,
          confirmedSubscriptions: confirmed.length,
        },
      };
    }
  }
  const alarmNames = [...new Set(alarms.map((a) => a.alarm.name))].join(', ');
  return {
    status: 'FAIL',
    messageId: 'noSubscriber',
    data: { alarms: alarmNames },
    evidence: {
      matchingFilters: matching.map((f) => f.name),
      alarms: alarms.map(({ alarm }) => ({
        name: alarm.name,
        actions: alarm.properties.alarmActions,
        topics: alarm.properties.alarmActions.map((arn) => {
          const topic = ctx.inventory.get(arn);
          return topic?.type === 'aws.sns.topic'
            ? { arn, subscriptions: topic.properties.subscriptions.map((s) => s.subscriptionArn) }
            : { arn, subscriptions: null };
        }),
      })),
    },
  };
}

/** The CIS remediation for one monitoring control: metric filter, alarm, SNS subscription. */
export function monitoringRemediation(metricName: string, pattern: string): Remediation {
  return {
    summary: `Create a metric filter with this pattern on the log group of the multi-region trail, an alarm on its metric (threshold 1, Sum over 5 minutes) and an SNS topic with a confirmed subscriber: ${pattern}`,
    cli: [
      `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${metricName} --metric-transformations metricName=${metricName},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${pattern}'`,
      `aws cloudwatch put-metric-alarm --alarm-name ${metricName}-alarm --metric-name ${metricName} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>`,
      'aws sns subscribe --topic-arn <sns-topic-arn> --protocol email --notification-endpoint <security-team-address>',
    ].join(' && '),
    console: [
      'Open the CloudWatch console, Logs, Log groups, and choose the log group of the multi-region trail.',
      'On "Metric filters", choose "Create metric filter", paste the pattern, and publish the metric in namespace CISBenchmark.',
      'Select the filter, choose "Create alarm" (Sum >= 1 over 5 minutes) and notify an SNS topic.',
      'In the SNS console, subscribe the security team to the topic and confirm the subscription.',
    ],
  };
}

export const MONITORING_REFERENCES: readonly string[] = [
  'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
  'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
  'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
];

/** What a monitoring rule states; the rest of its metadata is derived (typescript-eslint's createRule idea). */
export interface MonitoringRuleSpec extends MonitoringSpec {
  readonly id: `aws-cloudwatch-account-${string}-monitored`;
  readonly severity: Severity;
  readonly title: string;
  readonly rationale: string;
  /** The pattern the CIS remediation gives (used in the remediation); any pattern catching the same events passes. */
  readonly cisPattern: string;
}

/** Declares one CIS monitoring rule on aws.account: the chain above, for the events of `spec`. */
export function defineMonitoringRule(spec: MonitoringRuleSpec): Rule<'aws.account', MonitoringMessageId> {
  const { id, severity, title, rationale, cisPattern, what } = spec;
  return defineRule({
    id,
    provider: 'aws',
    service: 'cloudwatch',
    resourceType: 'aws.account',
    severity,
    title,
    description: `Checks the CIS monitoring chain for ${what}: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.`,
    rationale,
    remediation: monitoringRemediation(id.replace(/^aws-cloudwatch-account-|-monitored$/g, ''), cisPattern),
    references: MONITORING_REFERENCES,
    requires: MONITORING_REQUIRES,
    messages: monitoringMessages(what),
    evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
  });
}
