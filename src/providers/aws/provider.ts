/**
 * Live AWS collection: verify the credentials (STS), discover the regions, run every collector
 * concurrently under one call-level limiter, and assemble a serialisable inventory. Failures of
 * individual calls are CollectionErrors in the result; only credential and usage problems throw.
 */
import type { AwsCredentialIdentityProvider, Pluggable } from '@smithy/types';
import type { Logger } from '../../core/logger.js';
import { toolVersion } from '../../core/version.js';
import { makeResource } from '../../inventory/builders/resource.js';
import { INVENTORY_FORMAT_VERSION, type InventoryData } from '../../inventory/types.js';
import { AWS_RESOURCE_TYPES, type AwsResourceType } from '../../resources/aws/index.js';
import { awsAccountId, awsRegionId } from '../../resources/aws/ids.js';
import { createLimiter } from '../limiter.js';
import { collectingSink, sortErrors, sortResources } from '../sink.js';
import { silentProgress, type ProgressReporter } from '../types.js';
import { createAwsClients, type AwsClientFactory, type AwsClientSettings, type AwsRequestHandler } from './clients.js';
import { awsCollectors } from './collectors/index.js';
import { DEFAULT_TUNING, type AwsCollectContext, type AwsCollector, type AwsTuning } from './context.js';
import { assumeRoleCredentials, baseCredentials, callerIdentity, type CredentialOptions } from './credentials.js';
import { normaliseAwsError } from './errors.js';
import { DEFAULT_CONCURRENCY } from './defaults.js';
import { describeRegions, selectRegions, type RegionInfo } from './regions.js';

export { DEFAULT_CONCURRENCY } from './defaults.js';
export const FALLBACK_HOME_REGION = 'us-east-1';

export interface AwsScanOptions extends CredentialOptions {
  /** Home region (--region): STS, IAM, S3 listing, Organizations. */
  readonly region?: string | undefined;
  readonly regions?: readonly string[] | undefined;
  readonly excludeRegions?: readonly string[] | undefined;
  readonly concurrency?: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly progress?: ProgressReporter;
  readonly signal?: AbortSignal;
  /** Injected by tests and the benchmark; default: the real SDK clients. */
  readonly clientFactory?: AwsClientFactory | undefined;
  /** Replaces the default credential chain (tests, benchmark). */
  readonly credentials?: AwsCredentialIdentityProvider;
  readonly requestHandler?: AwsRequestHandler;
  readonly plugins?: readonly Pluggable<object, object>[];
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  readonly tuning?: AwsTuning;
  readonly collectors?: readonly AwsCollector[];
}

/** Permissions the provider itself uses, outside any collector. */
export const PROVIDER_PERMISSIONS = ['sts:GetCallerIdentity', 'ec2:DescribeRegions'] as const;

const REGIONAL_TYPES = (Object.keys(AWS_RESOURCE_TYPES) as AwsResourceType[]).filter((t) => AWS_RESOURCE_TYPES[t].scope === 'regional');

/** --region, then AWS_REGION / AWS_DEFAULT_REGION, then us-east-1. */
export function homeRegionOf(options: Pick<AwsScanOptions, 'region' | 'env'>): string {
  const pick = (v: string | undefined): string | undefined => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
  return pick(options.region) ?? pick(options.env['AWS_REGION']) ?? pick(options.env['AWS_DEFAULT_REGION']) ?? FALLBACK_HOME_REGION;
}

export async function collectAwsInventory(options: AwsScanOptions): Promise<InventoryData> {
  const factory = options.clientFactory ?? createAwsClients;
  const signal = options.signal ?? new AbortController().signal;
  const homeRegion = homeRegionOf(options);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const limiter = createLimiter(concurrency, signal);
  const common: AwsClientSettings = {
    env: options.env,
    limiter,
    ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
    ...(options.plugins ? { plugins: options.plugins } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
  };
  const base = options.credentials ?? baseCredentials(options.profile);
  let clients = factory({ ...common, credentials: base });
  if (options.roleArn !== undefined) {
    const assumed = assumeRoleCredentials(clients.sts(homeRegion), options.roleArn, options.externalId, options.now);
    clients = factory({ ...common, credentials: assumed });
  }

  const identity = await callerIdentity(clients.sts(homeRegion), options);
  const collectedAt = options.now();
  const sink = collectingSink();
  const { resources, errors } = sink;

  let known: RegionInfo[] | null = null;
  try {
    known = await describeRegions(clients.ec2(homeRegion));
  } catch (error) {
    const { code, message } = normaliseAwsError(error, false);
    errors.push({
      provider: 'aws',
      collector: 'regions',
      account: identity.account,
      region: 'global',
      action: 'ec2:DescribeRegions',
      code,
      message: `${message} (scanning ${options.regions?.length ? 'the --regions given' : `only the home region ${homeRegion}`})`,
      resourceTypes: REGIONAL_TYPES,
      resourceId: null,
      properties: null,
    });
  }
  const selection = selectRegions(known, known === null && !options.regions?.length ? [homeRegion] : options.regions, options.excludeRegions);

  sink.resource(
    makeResource(
      'aws.account',
      { id: awsAccountId(identity.account), name: identity.account, account: identity.account, region: 'global' },
      { accountId: identity.account, partition: identity.partition },
    ),
  );
  for (const region of selection.scan) {
    sink.resource(
      makeResource(
        'aws.region',
        { id: awsRegionId(identity.account, region.name), name: region.name, account: identity.account, region: region.name },
        { regionName: region.name, optInStatus: region.optInStatus },
      ),
    );
  }

  const collectors = options.collectors ?? awsCollectors;
  for (const region of selection.disabled) {
    for (const collector of collectors.filter((c) => c.scope === 'regional')) {
      errors.push({
        provider: 'aws',
        collector: collector.id,
        account: identity.account,
        region: region.name,
        action: collector.permissions[0] ?? 'ec2:DescribeRegions',
        code: 'RegionDisabled',
        message: `region ${region.name} is not enabled for account ${identity.account} (opt-in status: ${region.optInStatus})`,
        resourceTypes: collector.resourceTypes,
        resourceId: null,
        properties: null,
      });
    }
  }

  const progress = options.progress ?? silentProgress;
  const regions = selection.scan.map((r) => r.name);
  progress.plan(collectors.reduce((n, c) => n + (c.scope === 'regional' ? regions.length : 1), 0));
  const ctx: AwsCollectContext = {
    provider: 'aws',
    account: identity.account,
    partition: identity.partition,
    homeRegion,
    regions,
    clients,
    sink,
    limiter,
    progress,
    signal,
    logger: options.logger,
    tuning: options.tuning ?? DEFAULT_TUNING,
  };
  await Promise.all(
    collectors.map(async (collector) => {
      try {
        await collector.collect(ctx);
      } catch (error) {
        // A collector bug must not hide as a gap: everything it owns becomes unknown.
        const { code, message } = normaliseAwsError(error, false);
        errors.push({
          provider: 'aws',
          collector: collector.id,
          account: identity.account,
          region: 'global',
          action: collector.permissions[0] ?? 'unknown',
          code: code === 'Unknown' ? 'CollectorFailed' : code,
          message,
          resourceTypes: collector.resourceTypes,
          resourceId: null,
          properties: null,
        });
      }
    }),
  );

  const summary = [...resources.values()].find((r) => r.type === 'aws.iam.account-summary');
  const alias = summary?.type === 'aws.iam.account-summary' ? summary.properties.alias : null;
  return {
    formatVersion: INVENTORY_FORMAT_VERSION,
    tool: { name: 'cspm', version: toolVersion() },
    collectedAt: collectedAt.toISOString(),
    scopes: [
      {
        provider: 'aws',
        account: identity.account,
        displayName: alias,
        principal: identity.arn,
        regions: [...regions, ...selection.disabled.map((r) => r.name)].sort(),
      },
    ],
    resources: sortResources([...resources.values()]),
    errors: sortErrors(errors),
  };
}
