/** CloudWatch: metric alarms (their metric, state and actions). */
import { paginateDescribeAlarms, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { CloudWatchAlarm } from '../../../resources/aws/index.js';
import { forEachRegion, pages, type AwsCollector } from '../context.js';

const ID = 'cloudwatch';

export const cloudwatchCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.cloudwatch.alarm'],
  permissions: ['cloudwatch:DescribeAlarms'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const scope = { collector: ID, region, resourceTypes: ['aws.cloudwatch.alarm' as const] };
      await pages(
        ctx,
        scope,
        'cloudwatch:DescribeAlarms',
        paginateDescribeAlarms({ client: ctx.clients.cloudwatch(region) }, { AlarmTypes: ['MetricAlarm'] }),
        (page) => {
          for (const raw of page.MetricAlarms ?? []) {
            if (raw.AlarmName === undefined) continue;
            const id = raw.AlarmArn ?? `arn:${ctx.partition}:cloudwatch:${region}:${ctx.account}:alarm:${raw.AlarmName}`;
            ctx.sink.resource(makeResource('aws.cloudwatch.alarm', { id, name: raw.AlarmName, account: ctx.account, region }, toAlarm(raw)));
          }
        },
      );
    }),
};

export function toAlarm(raw: MetricAlarm): CloudWatchAlarm {
  return {
    alarmName: raw.AlarmName ?? '',
    metricName: raw.MetricName ?? null,
    namespace: raw.Namespace ?? null,
    actionsEnabled: raw.ActionsEnabled ?? false,
    alarmActions: raw.AlarmActions ?? [],
    stateValue: raw.StateValue ?? null,
  };
}
