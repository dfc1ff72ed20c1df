/**
 * CloudTrail: trails listed in every region (shadow copies included), deduplicated by ARN, then
 * hydrated once in their home region with status and event selectors. Organisation trails owned
 * by another account keep null status and selectors when their owner does not let us read them.
 */
import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type GetEventSelectorsCommandOutput,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { CloudTrailTrail } from '../../../resources/aws/index.js';
import { call, forEachRegion, iso, mapAll, type AwsCollectContext, type AwsCollector, type CallResult, type CallScope } from '../context.js';

const ID = 'cloudtrail';

export const cloudtrailCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.cloudtrail.trail'],
  permissions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
  async collect(ctx) {
    const byArn = new Map<string, Trail>();
    await forEachRegion(ctx, ID, async (region) => {
      const listed = await call(ctx, { collector: ID, region, resourceTypes: ['aws.cloudtrail.trail'] }, 'cloudtrail:DescribeTrails', () =>
        ctx.clients.cloudtrail(region).send(new DescribeTrailsCommand({ includeShadowTrails: true })),
      );
      if (!listed.ok) return;
      for (const trail of listed.value.trailList ?? []) if (trail.TrailARN !== undefined && !byArn.has(trail.TrailARN)) byArn.set(trail.TrailARN, trail);
    });
    await mapAll([...byArn.values()], (trail) => hydrate(ctx, trail));
  },
};

/** The account id in an ARN (arn:partition:service:region:account:...). */
export function accountOfArn(arn: string): string {
  return arn.split(':')[4] ?? '';
}

async function hydrate(ctx: AwsCollectContext, raw: Trail): Promise<void> {
  const arn = raw.TrailARN ?? '';
  const homeRegion = raw.HomeRegion ?? arn.split(':')[3] ?? ctx.homeRegion;
  const owner = accountOfArn(arn);
  const foreign = owner !== ctx.account;
  const client = ctx.clients.cloudtrail(homeRegion);
  const scope = (property: string): CallScope => ({
    collector: ID,
    region: homeRegion,
    resourceTypes: ['aws.cloudtrail.trail'],
    resourceId: arn,
    properties: [property],
  });
  // A trail owned by another account (an organisation trail) may refuse these reads: that is its
  // owner's business and the model says null, not a gap in our collection.
  const read = <T>(action: string, property: string, fn: () => Promise<T>): Promise<CallResult<T>> =>
    foreign ? tryQuietly(fn) : call(ctx, scope(property), action, fn);
  const [status, selectors] = await Promise.all([
    read('cloudtrail:GetTrailStatus', 'status', () => client.send(new GetTrailStatusCommand({ Name: arn }))),
    read('cloudtrail:GetEventSelectors', 'eventSelectors', () => client.send(new GetEventSelectorsCommand({ TrailName: arn }))),
  ]);
  const properties = toTrail(
    raw,
    owner,
    status.ok
      ? {
          isLogging: status.value.IsLogging ?? false,
          latestDeliveryTime: iso(status.value.LatestDeliveryTime),
          latestDeliveryError: status.value.LatestDeliveryError ?? null,
          latestCloudWatchLogsDeliveryTime: iso(status.value.LatestCloudWatchLogsDeliveryTime),
        }
      : null,
    selectors.ok ? selectors.value : null,
  );
  ctx.sink.resource(makeResource('aws.cloudtrail.trail', { id: arn, name: raw.Name ?? arn, account: ctx.account, region: homeRegion }, properties));
}

async function tryQuietly<T>(fn: () => Promise<T>): Promise<CallResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch {
    return { ok: false, absent: true };
  }
}

export function toTrail(
  raw: Trail,
  owner: string,
  status: CloudTrailTrail['status'],
  selectors: Omit<GetEventSelectorsCommandOutput, '$metadata'> | null,
): CloudTrailTrail {
  const arn = raw.TrailARN ?? '';
  return {
    name: raw.Name ?? arn,
    homeRegion: raw.HomeRegion ?? arn.split(':')[3] ?? '',
    ownerAccountId: owner,
    isMultiRegionTrail: raw.IsMultiRegionTrail ?? false,
    isOrganizationTrail: raw.IsOrganizationTrail ?? false,
    includeGlobalServiceEvents: raw.IncludeGlobalServiceEvents ?? false,
    logFileValidationEnabled: raw.LogFileValidationEnabled ?? false,
    kmsKeyId: raw.KmsKeyId ?? null,
    s3BucketName: raw.S3BucketName ?? null,
    s3KeyPrefix: raw.S3KeyPrefix ?? null,
    cloudWatchLogsLogGroupArn: raw.CloudWatchLogsLogGroupArn ?? null,
    snsTopicArn: raw.SnsTopicARN ?? null,
    status,
    eventSelectors:
      selectors === null || (selectors.EventSelectors === undefined && selectors.AdvancedEventSelectors !== undefined)
        ? null
        : (selectors.EventSelectors ?? []).map((s) => ({
            readWriteType: s.ReadWriteType ?? 'All',
            includeManagementEvents: s.IncludeManagementEvents ?? true,
            excludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
            dataResources: (s.DataResources ?? []).map((d) => ({ type: d.Type ?? '', values: d.Values ?? [] })),
          })),
    advancedEventSelectors:
      selectors?.AdvancedEventSelectors === undefined
        ? null
        : selectors.AdvancedEventSelectors.map((s) => ({
            name: s.Name ?? null,
            fieldSelectors: (s.FieldSelectors ?? []).map((f) => ({
              field: f.Field ?? '',
              equals: f.Equals ?? [],
              notEquals: f.NotEquals ?? [],
              startsWith: f.StartsWith ?? [],
              notStartsWith: f.NotStartsWith ?? [],
              endsWith: f.EndsWith ?? [],
              notEndsWith: f.NotEndsWith ?? [],
            })),
          })),
  };
}
