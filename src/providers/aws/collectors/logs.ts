/** CloudWatch Logs: metric filters (the CIS monitoring controls match their patterns). */
import { paginateDescribeMetricFilters, type MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { LogsMetricFilter } from '../../../resources/aws/index.js';
import { awsRegionFactId } from '../../../resources/aws/ids.js';
import { forEachRegion, pages, type AwsCollector } from '../context.js';

const ID = 'logs';

export const logsCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.logs.metric-filter'],
  permissions: ['logs:DescribeMetricFilters'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const scope = { collector: ID, region, resourceTypes: ['aws.logs.metric-filter' as const] };
      await pages(ctx, scope, 'logs:DescribeMetricFilters', paginateDescribeMetricFilters({ client: ctx.clients.logs(region) }, {}), (page) => {
        for (const raw of page.metricFilters ?? []) {
          if (raw.filterName === undefined) continue;
          const id = awsRegionFactId(ctx.account, region, `logs-metric-filter/${raw.logGroupName ?? ''}/${raw.filterName}`);
          ctx.sink.resource(makeResource('aws.logs.metric-filter', { id, name: raw.filterName, account: ctx.account, region }, toMetricFilter(raw)));
        }
      });
    }),
};

export function toMetricFilter(raw: MetricFilter): LogsMetricFilter {
  return {
    filterName: raw.filterName ?? '',
    logGroupName: raw.logGroupName ?? '',
    filterPattern: raw.filterPattern ?? '',
    metricTransformations: (raw.metricTransformations ?? []).map((t) => ({ metricName: t.metricName ?? '', metricNamespace: t.metricNamespace ?? '' })),
  };
}
