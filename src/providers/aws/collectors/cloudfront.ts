/**
 * CloudFront (global): distributions with their legacy standard logging, and the number of
 * standard-logging-v2 deliveries (CloudWatch Logs delivery sources in us-east-1) they feed.
 */
import { GetDistributionConfigCommand, paginateListDistributions, type DistributionSummary } from '@aws-sdk/client-cloudfront';
import { paginateDescribeDeliveries, paginateDescribeDeliverySources, type Delivery, type DeliverySource } from '@aws-sdk/client-cloudwatch-logs';
import { makeResource } from '../../../inventory/builders/resource.js';
import { call, mapAll, pages, recordError, walkPages, type AwsCollectContext, type AwsCollector } from '../context.js';

const ID = 'cloudfront';
/** CloudFront's control plane and its log delivery sources live in us-east-1. */
const CONTROL_REGION = 'us-east-1';

export const cloudfrontCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'global',
  resourceTypes: ['aws.cloudfront.distribution'],
  permissions: ['cloudfront:ListDistributions', 'cloudfront:GetDistributionConfig', 'logs:DescribeDeliverySources', 'logs:DescribeDeliveries'],
  async collect(ctx) {
    const scope = { collector: ID, region: 'global', resourceTypes: ['aws.cloudfront.distribution' as const] };
    const client = ctx.clients.cloudfront(CONTROL_REGION);
    const found: DistributionSummary[] = [];
    const [, deliveries] = await Promise.all([
      pages(ctx, scope, 'cloudfront:ListDistributions', paginateListDistributions({ client }, {}), (page) => {
        found.push(...(page.DistributionList?.Items ?? []));
      }),
      deliveryCounts(ctx),
    ]);
    await mapAll(found, async (d) => {
      const Id = d.Id;
      if (Id === undefined) return;
      const id = d.ARN ?? `arn:${ctx.partition}:cloudfront::${ctx.account}:distribution/${Id}`;
      const config = await call(ctx, { ...scope, resourceId: id, properties: ['standardLogging'] }, 'cloudfront:GetDistributionConfig', () =>
        client.send(new GetDistributionConfigCommand({ Id })),
      );
      if (!deliveries.ok) recordError(ctx, { ...scope, resourceId: id, properties: ['logDeliveryCount'] }, deliveries.action, deliveries.error);
      const logging = config.ok ? config.value.DistributionConfig?.Logging : undefined;
      ctx.sink.resource(
        makeResource(
          'aws.cloudfront.distribution',
          { id, name: d.DomainName ?? Id, account: ctx.account, region: 'global' },
          {
            distributionId: Id,
            domainName: d.DomainName ?? '',
            enabled: d.Enabled ?? false,
            standardLogging: logging?.Enabled === true && logging.Bucket ? { bucket: logging.Bucket, prefix: logging.Prefix || null } : null,
            logDeliveryCount: deliveries.ok ? (deliveries.counts.get(id) ?? 0) : null,
          },
        ),
      );
    });
    ctx.progress.done(`${ID} global`, false);
  },
};

type Counts = { readonly ok: true; readonly counts: Map<string, number> } | { readonly ok: false; readonly error: unknown; readonly action: string };

/** Deliveries per source resource ARN, from the CloudWatch Logs delivery sources of CloudFront. */
async function deliveryCounts(ctx: AwsCollectContext): Promise<Counts> {
  const client = ctx.clients.logs(CONTROL_REGION);
  const sources: DeliverySource[] = [];
  const deliveries: Delivery[] = [];
  const [a, b] = await Promise.all([
    walkPages(ctx, paginateDescribeDeliverySources({ client }, {}), (page) => {
      sources.push(...(page.deliverySources ?? []));
    }),
    walkPages(ctx, paginateDescribeDeliveries({ client }, {}), (page) => {
      deliveries.push(...(page.deliveries ?? []));
    }),
  ]);
  if (a !== null) return { ok: false, error: a.error, action: 'logs:DescribeDeliverySources' };
  if (b !== null) return { ok: false, error: b.error, action: 'logs:DescribeDeliveries' };
  const counts = new Map<string, number>();
  for (const source of sources) {
    const n = deliveries.filter((d) => d.deliverySourceName === source.name).length;
    for (const arn of source.resourceArns ?? []) counts.set(arn, (counts.get(arn) ?? 0) + n);
  }
  return { ok: true, counts };
}
