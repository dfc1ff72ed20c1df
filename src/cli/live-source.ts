/**
 * Live collection from the cloud, for `cspm scan` without --input/--demo and for `cspm collect`.
 * The provider (and with it the AWS SDK) is loaded here with a dynamic import, so commands that
 * never collect (and `cspm --help`) do not pay for it.
 */
import { UsageError } from '../core/errors.js';
import type { InventoryData } from '../inventory/types.js';
import { mergeInventories } from '../inventory/merge.js';
import type { AwsCliOptions } from './aws-options.js';
import { collectAzure } from './azure-live.js';
import { hasAzureFlags, type AzureCliOptions } from './azure-options.js';
import type { CommandContext } from './context.js';
import { terminalProgress } from './progress.js';

export async function collectLive(opts: AwsCliOptions & AzureCliOptions, ctx: CommandContext, quiet: boolean): Promise<InventoryData> {
  const provider = opts.provider ?? 'aws';
  if (provider === 'aws' && hasAzureFlags(opts)) throw new UsageError('--subscription and --tenant need --provider azure or --provider all');
  const awsOnly = [opts.profile, opts.region, opts.regions, opts.excludeRegions, opts.roleArn, opts.externalId].some((v) => v !== undefined);
  if (provider === 'azure' && awsOnly)
    throw new UsageError('AWS flags (--profile, --region, --regions, --role-arn, ...) need --provider aws or --provider all');
  if (provider === 'azure') return collectAzure(opts, ctx, quiet);
  if (provider === 'all') return mergeInventories([await collectAws(opts, ctx, quiet), await collectAzure(opts, ctx, quiet)]);
  return collectAws(opts, ctx, quiet);
}

async function collectAws(opts: AwsCliOptions, ctx: CommandContext, quiet: boolean): Promise<InventoryData> {
  const { collectAwsInventory } = await import('../providers/aws/provider.js');
  const progress = terminalProgress(quiet ? { write: () => undefined } : ctx.deps.stderr);
  const started = Date.now();
  let data: InventoryData;
  try {
    data = await collectAwsInventory({
      profile: opts.profile ?? ctx.deps.env['AWS_PROFILE'],
      region: opts.region,
      regions: opts.regions,
      excludeRegions: opts.excludeRegions,
      roleArn: opts.roleArn,
      externalId: opts.externalId,
      concurrency: opts.concurrency,
      env: ctx.deps.env,
      now: ctx.deps.now,
      logger: ctx.logger,
      progress,
      clientFactory: ctx.deps.awsClientFactory,
    });
  } finally {
    progress.finish();
  }
  if (!quiet) {
    const scope = data.scopes[0];
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    ctx.logger.info(
      `Collected ${data.resources.length} resources from AWS account ${scope?.account ?? '?'} (${scope?.regions.length ?? 0} regions) in ${seconds} s` +
        (data.errors.length > 0 ? `; ${data.errors.length} calls failed (see the report's collection errors)` : ''),
    );
  }
  return data;
}
