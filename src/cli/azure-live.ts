/**
 * Live collection from Azure for `cspm scan` / `cspm collect --provider azure|all`. The provider
 * (and with it the Azure SDKs) is loaded here with a dynamic import, so commands that never
 * collect from Azure do not pay for it.
 */
import type { InventoryData } from '../inventory/types.js';
import type { AzureCliOptions } from './azure-options.js';
import type { CommandContext } from './context.js';
import { terminalProgress } from './progress.js';

export async function collectAzure(opts: AzureCliOptions & { readonly concurrency?: number }, ctx: CommandContext, quiet: boolean): Promise<InventoryData> {
  const { collectAzureInventory } = await import('../providers/azure/provider.js');
  const progress = terminalProgress(quiet ? { write: () => undefined } : ctx.deps.stderr);
  const started = Date.now();
  let data: InventoryData;
  try {
    data = await collectAzureInventory({
      subscriptions: opts.subscription,
      tenantId: opts.tenant ?? nonEmpty(ctx.deps.env['AZURE_TENANT_ID']),
      concurrency: opts.concurrency,
      now: ctx.deps.now,
      logger: ctx.logger,
      progress,
      clientFactory: ctx.deps.azureClientFactory,
    });
  } finally {
    progress.finish();
  }
  if (!quiet) {
    const subscriptions = data.resources.filter((r) => r.type === 'azure.subscription');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    ctx.logger.info(
      `Collected ${data.resources.length} resources from ${subscriptions.length} Azure subscription(s) in ${seconds} s` +
        (data.errors.length > 0 ? `; ${data.errors.length} calls failed (see the report's collection errors)` : ''),
    );
  }
  return data;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}
