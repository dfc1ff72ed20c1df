import { UsageError } from '../core/errors.js';
import { demoInventory } from '../demo/index.js';
import type { ScanSource } from '../engine/result.js';
import { loadInventoryFile } from '../inventory/snapshot.js';
import type { InventoryData } from '../inventory/types.js';
import type { CommandContext } from './context.js';

/** Where a scan's inventory comes from. */
export interface InventorySourceOptions {
  readonly input?: string;
  readonly demo?: boolean;
}

export interface AcquiredInventory {
  readonly data: InventoryData;
  readonly source: ScanSource;
}

/** A saved inventory, the bundled demo, or live collection from the cloud. */
export function acquireInventory(opts: InventorySourceOptions, _ctx: CommandContext): Promise<AcquiredInventory> {
  if (opts.input !== undefined && opts.demo) throw new UsageError('choose one of --input and --demo');
  if (opts.input !== undefined) return Promise.resolve({ data: loadInventoryFile(opts.input), source: 'input' });
  if (opts.demo) return Promise.resolve({ data: demoInventory(), source: 'demo' });
  throw new UsageError('nothing to scan: pass --demo for the bundled demo account or --input FILE for a saved inventory');
}
