import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { demoInventory } from '../demo/index.js';
import type { ScanSource } from '../engine/result.js';
import { loadInventoryFile } from '../inventory/snapshot.js';
import type { InventoryData } from '../inventory/types.js';
import { hasAwsFlags, type AwsCliOptions } from './aws-options.js';
import { hasAzureFlags, type AzureCliOptions } from './azure-options.js';
import type { CommandContext } from './context.js';
import { collectLive } from './live-source.js';

/** Where a scan's inventory comes from. */
export interface InventorySourceOptions extends AwsCliOptions, AzureCliOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly quiet?: boolean;
}

export interface AcquiredInventory {
  readonly data: InventoryData;
  readonly source: ScanSource;
}

/** A saved inventory, the bundled demo, or live collection from the cloud. */
export async function acquireInventory(opts: InventorySourceOptions, ctx: CommandContext): Promise<AcquiredInventory> {
  if (opts.input !== undefined && opts.demo) throw new UsageError('choose one of --input and --demo');
  if ((opts.input !== undefined || opts.demo) && hasAwsFlags(opts))
    throw new UsageError('AWS flags (--profile, --regions, ...) apply to live scans, not to --input or --demo');
  if ((opts.input !== undefined || opts.demo) && (hasAzureFlags(opts) || opts.provider !== undefined))
    throw new UsageError('--provider, --subscription and --tenant apply to live scans, not to --input or --demo');
  if (opts.input !== undefined) return { data: loadInventoryFile(resolve(ctx.deps.cwd, opts.input)), source: 'input' };
  if (opts.demo) return { data: demoInventory(), source: 'demo' };
  return { data: await collectLive(opts, ctx, opts.quiet === true), source: 'live' };
}
