/**
 * The Azure side of the collector contract: the context every Azure collector receives, and the
 * helpers through which it makes calls, so that every failure becomes a CollectionError (or, for
 * the named "absent" codes, an empty answer) and nothing is skipped silently.
 */
import type { CollectionError } from '../../inventory/types.js';
import type { AzureResourceType } from '../../resources/azure/index.js';
import type { CollectContext, Collector } from '../types.js';
import type { AzureClients } from './clients.js';
import { isAbsent, normaliseAzureError } from './errors.js';

/** The subscription being collected (Subscriptions - Get / List). */
export interface AzureSubscriptionInfo {
  readonly subscriptionId: string;
  readonly displayName: string;
  readonly tenantId: string;
  readonly state: string;
  readonly quotaId: string | null;
  readonly spendingLimit: string | null;
  readonly authorizationSource: string | null;
  readonly managedByTenantIds: readonly string[];
}

/** Knobs that tests and the benchmark change. */
export interface AzureTuning {
  /** Read per-user MFA state (Graph beta, one call per user) for users holding a directory role. */
  readonly perUserMfaForPrivileged: boolean;
}

export const DEFAULT_AZURE_TUNING: AzureTuning = Object.freeze({ perUserMfaForPrivileged: true });

export interface AzureCollectContext extends CollectContext<AzureClients> {
  readonly provider: 'azure';
  /** The subscription id (subscription collectors) or the tenant id (tenant collectors). */
  readonly account: string;
  readonly tenantId: string;
  /** The subscription; null for tenant-level collectors. */
  readonly subscription: AzureSubscriptionInfo | null;
  readonly tuning: AzureTuning;
}

export interface AzureCollector extends Collector<AzureCollectContext> {
  readonly provider: 'azure';
  readonly resourceTypes: readonly AzureResourceType[];
  /** 'subscription' collectors run once per subscription; 'tenant' ones once per Entra tenant. */
  readonly scope: 'subscription' | 'tenant';
  /** Azure RBAC actions (control plane), e.g. 'Microsoft.Storage/storageAccounts/read'. */
  readonly permissions: readonly string[];
  /** Azure RBAC data actions (data plane), e.g. 'Microsoft.KeyVault/vaults/certificates/read'. */
  readonly dataActions?: readonly string[];
  /** Microsoft Graph application permissions, e.g. 'Policy.Read.All'. */
  readonly graphPermissions?: readonly string[];
}

/** What a failed call leaves incomplete. */
export interface AzureCallScope {
  readonly collector: string;
  /** The location of the resource concerned, or 'global' for subscription- and tenant-wide listings. */
  readonly region: string;
  readonly resourceTypes: readonly AzureResourceType[];
  /** Set when only this resource's hydration failed. */
  readonly resourceId?: string;
  /** Set when only these properties of that resource are unknown. */
  readonly properties?: readonly string[];
}

export type CallResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly absent: boolean };

const ABSENT: CallResult<never> = Object.freeze({ ok: false, absent: true });
const FAILED: CallResult<never> = Object.freeze({ ok: false, absent: false });

/** Records a failure of `action` in `scope`. */
export function recordError(ctx: AzureCollectContext, scope: AzureCallScope, action: string, error: unknown): void {
  const { code, message } = normaliseAzureError(error);
  const record: CollectionError = {
    provider: 'azure',
    collector: scope.collector,
    account: ctx.account,
    region: scope.region,
    action,
    code,
    message,
    resourceTypes: scope.resourceTypes,
    resourceId: scope.resourceId ?? null,
    properties: scope.properties ?? null,
  };
  ctx.sink.error(record);
}

/** One API call: its value, or absent (a named "does not exist" code), or a recorded failure. */
export async function call<T>(ctx: AzureCollectContext, scope: AzureCallScope, action: string, fn: () => Promise<T>): Promise<CallResult<T>> {
  try {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    return { ok: true, value: await fn() };
  } catch (error) {
    if (isAbsent(action, error)) return ABSENT;
    recordError(ctx, scope, action, error);
    return FAILED;
  }
}

/**
 * Reads a whole paged listing. Returns every item, [] when the action's answer is a named
 * "absent" code, or null when it failed part-way: a partial listing is never passed off as complete.
 */
export async function listAll<T>(
  ctx: AzureCollectContext,
  scope: AzureCallScope,
  action: string,
  source: () => Promise<AsyncIterable<T>> | AsyncIterable<T>,
): Promise<T[] | null> {
  const result = await call(ctx, scope, action, async () => {
    const items: T[] = [];
    for await (const item of await source()) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      items.push(item);
    }
    return items;
  });
  if (result.ok) return result.value;
  return result.absent ? [] : null;
}

/** Reads a whole paged listing without recording a failure (for callers that scope the error themselves). */
export async function readAll<T>(
  ctx: AzureCollectContext,
  source: () => Promise<AsyncIterable<T>> | AsyncIterable<T>,
): Promise<{ readonly items: T[] } | { readonly error: unknown }> {
  try {
    const items: T[] = [];
    for await (const item of await source()) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      items.push(item);
    }
    return { items };
  } catch (error) {
    return { error };
  }
}

/** Reports one (collector, subscription or tenant) unit done. */
export function unitDone(ctx: AzureCollectContext, collector: string): void {
  ctx.progress.done(`${collector} ${ctx.subscription?.displayName ?? `tenant ${ctx.tenantId}`}`, false);
}

/** The subscription of a subscription-level collector (a programming error otherwise). */
export function subscriptionOf(ctx: AzureCollectContext): AzureSubscriptionInfo {
  if (ctx.subscription === null) throw new Error('a subscription collector ran without a subscription');
  return ctx.subscription;
}
