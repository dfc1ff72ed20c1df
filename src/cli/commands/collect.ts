import { resolve } from 'node:path';
import { ExitCode } from '../../core/exit-codes.js';
import { saveInventoryFile, validateInventory } from '../../inventory/snapshot.js';
import type { AwsCliOptions } from '../aws-options.js';
import type { AzureCliOptions } from '../azure-options.js';
import type { CommandContext } from '../context.js';
import { collectLive } from '../live-source.js';

export interface CollectCommandOptions extends AwsCliOptions, AzureCliOptions {
  readonly output: string;
  readonly quiet?: boolean;
}

/**
 * `cspm collect --output inventory.json`: collect live and save the inventory in the format
 * `cspm scan --input` reads (validated against the schema before it is written; it carries the
 * caller ARN, never credentials). Exits 3 when some calls failed: the inventory is partial.
 */
export async function collectCommand(opts: CollectCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const quiet = opts.quiet === true;
  const data = await collectLive(opts, ctx, quiet);
  const path = resolve(ctx.deps.cwd, opts.output);
  // Round trip through JSON and the loader's validation, so what we write is what --input accepts.
  validateInventory(JSON.parse(JSON.stringify(data)) as unknown, path);
  saveInventoryFile(path, data);
  if (!quiet) ctx.logger.info(`Inventory written to ${path}`);
  if (data.errors.length > 0) {
    if (!quiet) ctx.logger.warn(`${data.errors.length} API calls failed; the inventory is partial and scans of it will report ERROR for what is missing.`);
    return ExitCode.INCOMPLETE;
  }
  return ExitCode.OK;
}
