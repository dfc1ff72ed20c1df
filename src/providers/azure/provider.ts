/**
 * Live Azure collection: sign in (DefaultAzureCredential unless injected), resolve the
 * subscriptions, run the tenant collectors once for the login's Entra tenant and the subscription
 * collectors once per subscription, all concurrently under one call-level limiter, and assemble a
 * serialisable inventory. Failed calls are CollectionErrors in the result; only credential and
 * usage problems throw.
 */
import { getMaxListeners, setMaxListeners } from 'node:events';
import type { TokenCredential } from '@azure/core-auth';
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { Logger } from '../../core/logger.js';
import { toolVersion } from '../../core/version.js';
import { makeResource } from '../../inventory/builders/resource.js';
import { INVENTORY_FORMAT_VERSION, type InventoryData, type InventoryScope } from '../../inventory/types.js';
import type { AnyResource } from '../../resources/index.js';
import { createLimiter } from '../limiter.js';
import { collectingSink, sortErrors, sortResources } from '../sink.js';
import { silentProgress, type ProgressReporter } from '../types.js';
import { createAzureClients, type AzureClientFactory } from './clients.js';
import { azureCollectors } from './collectors/index.js';
import { DEFAULT_AZURE_TUNING, type AzureCollectContext, type AzureCollector, type AzureSubscriptionInfo, type AzureTuning } from './context.js';
import { normaliseAzureError } from './errors.js';
import type { RetrySettings } from './rest.js';
import { resolveSubscriptions, signIn } from './subscriptions.js';

export const DEFAULT_AZURE_CONCURRENCY = 16;

export interface AzureScanOptions {
  /** --subscription (repeatable): ids or display names; empty: every readable subscription. */
  readonly subscriptions?: readonly string[] | undefined;
  /** --tenant: the Entra tenant to sign in to and scan. */
  readonly tenantId?: string | undefined;
  readonly concurrency?: number | undefined;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly progress?: ProgressReporter;
  readonly signal?: AbortSignal;
  /** Injected by tests and the benchmark; default: the real SDK clients. */
  readonly clientFactory?: AzureClientFactory | undefined;
  readonly credential?: TokenCredential | undefined;
  readonly httpClient?: HttpClient | undefined;
  readonly retry?: RetrySettings | undefined;
  readonly timeoutMs?: number | undefined;
  readonly tuning?: AzureTuning | undefined;
  readonly collectors?: readonly AzureCollector[] | undefined;
}

/** The subscription resource (always present, like aws.account), from Subscriptions - Get / List. */
export function toSubscriptionResource(info: AzureSubscriptionInfo): AnyResource {
  return makeResource(
    'azure.subscription',
    { id: `/subscriptions/${info.subscriptionId}`, name: info.displayName, account: info.subscriptionId, region: 'global' },
    {
      subscriptionId: info.subscriptionId,
      displayName: info.displayName,
      tenantId: info.tenantId,
      state: info.state,
      quotaId: info.quotaId,
      spendingLimit: info.spendingLimit,
      authorizationSource: info.authorizationSource,
      managedByTenantIds: [...info.managedByTenantIds],
    },
  );
}

export async function collectAzureInventory(options: AzureScanOptions): Promise<InventoryData> {
  const signal = options.signal ?? new AbortController().signal;
  const concurrency = options.concurrency ?? DEFAULT_AZURE_CONCURRENCY;
  // Every request in flight listens on the scan's signal (HTTP client, retry delay, abort wrapper):
  // at concurrency 16 that is more than Node's default of 10, and a "possible memory leak" warning
  // on stderr would be noise. The listeners go when their requests end.
  setMaxListeners(Math.max(getMaxListeners(signal), concurrency * 4), signal);
  const limiter = createLimiter(concurrency, signal);
  const factory = options.clientFactory ?? createAzureClients;
  const clients = factory({
    credential: options.credential,
    tenantId: options.tenantId,
    httpClient: options.httpClient,
    limiter,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
  });

  const identity = await signIn(clients, options.tenantId, signal);
  const subscriptions = await resolveSubscriptions(clients, identity, options.subscriptions ?? [], options.tenantId, signal);
  const foreign = subscriptions.filter((s) => s.tenantId !== identity.tenantId);
  if (foreign.length > 0)
    options.logger.warn(
      `${foreign.length} subscription(s) belong to another tenant than ${identity.tenantId}; their Entra settings are not scanned (use --tenant to scan that tenant)`,
    );
  const collectedAt = options.now();

  const sink = collectingSink();
  const { resources, errors } = sink;
  for (const s of subscriptions) sink.resource(toSubscriptionResource(s));

  const collectors = options.collectors ?? azureCollectors;
  const tenantCollectors = collectors.filter((c) => c.scope === 'tenant');
  const subscriptionCollectors = collectors.filter((c) => c.scope === 'subscription');
  const progress = options.progress ?? silentProgress;
  progress.plan(tenantCollectors.length + subscriptionCollectors.length * subscriptions.length);

  const base = {
    provider: 'azure' as const,
    tenantId: identity.tenantId,
    regions: [],
    clients,
    sink,
    limiter,
    progress,
    signal,
    logger: options.logger,
    tuning: options.tuning ?? DEFAULT_AZURE_TUNING,
  };
  const runs: { collector: AzureCollector; ctx: AzureCollectContext }[] = [
    ...tenantCollectors.map((collector) => ({ collector, ctx: { ...base, account: identity.tenantId, subscription: null } })),
    ...subscriptions.flatMap((s) => subscriptionCollectors.map((collector) => ({ collector, ctx: { ...base, account: s.subscriptionId, subscription: s } }))),
  ];
  await Promise.all(
    runs.map(async ({ collector, ctx }) => {
      try {
        await collector.collect(ctx);
      } catch (error) {
        // A collector bug must not hide as a gap: everything it owns becomes unknown.
        const { code, message } = normaliseAzureError(error);
        errors.push({
          provider: 'azure',
          collector: collector.id,
          account: ctx.account,
          region: 'global',
          action: collector.permissions[0] ?? collector.graphPermissions?.[0] ?? 'unknown',
          code: code === 'Unknown' ? 'CollectorFailed' : code,
          message,
          resourceTypes: collector.resourceTypes,
          resourceId: null,
          properties: null,
        });
        progress.done(`${collector.id} ${ctx.subscription?.displayName ?? 'tenant'}`, true);
      }
    }),
  );

  const all = [...resources.values()];
  const scopes: InventoryScope[] = [];
  if (tenantCollectors.length > 0) {
    const tenant = all.find((r) => r.type === 'azure.entra.tenant');
    scopes.push({
      provider: 'azure',
      account: identity.tenantId,
      displayName: tenant?.type === 'azure.entra.tenant' ? tenant.properties.displayName : null,
      principal: identity.principal,
      regions: ['global'],
    });
  }
  for (const s of subscriptions) {
    const locations = all.filter((r) => r.type === 'azure.location' && r.account === s.subscriptionId).map((r) => r.region);
    scopes.push({
      provider: 'azure',
      account: s.subscriptionId,
      displayName: s.displayName,
      principal: identity.principal,
      regions: ['global', ...locations].sort(),
    });
  }
  return {
    formatVersion: INVENTORY_FORMAT_VERSION,
    tool: { name: 'cspm', version: toolVersion() },
    collectedAt: collectedAt.toISOString(),
    scopes,
    resources: sortResources(all),
    errors: sortErrors(errors),
  };
}
