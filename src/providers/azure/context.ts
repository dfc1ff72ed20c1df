/**
 * The Azure side of the collector contract: the context every Azure collector receives, and the
 * helpers through which it makes calls, so that every failure becomes a CollectionError (or, for
 * the named "absent" codes, an empty answer) and nothing is skipped silently.
 */
import type { AzureResourceType } from '../../resources/azure/index.js';
import { callWith, drain, recordCallError, type CallResult, type CallScope, type ErrorPolicy } from '../call.js';
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

/** What a failed call leaves incomplete (region: the resource's location, or 'global' for subscription- and tenant-wide listings). */
export type AzureCallScope = CallScope<AzureResourceType>;

export type { CallResult } from '../call.js';

const AZURE_ERRORS: ErrorPolicy = { provider: 'azure', normalise: (error) => normaliseAzureError(error), isAbsent };

/** Records a failure of `action` in `scope`. */
export function recordError(ctx: AzureCollectContext, scope: AzureCallScope, action: string, error: unknown): void {
  recordCallError(AZURE_ERRORS, ctx, scope, action, error);
}

/** One API call: its value, or absent (a named "does not exist" code), or a recorded failure. */
export function call<T>(ctx: AzureCollectContext, scope: AzureCallScope, action: string, fn: () => Promise<T>): Promise<CallResult<T>> {
  return callWith(AZURE_ERRORS, ctx, scope, action, fn);
}

/** Every item of a paged listing; throws what the listing throws (or the signal's reason once it aborts). */
async function readItems<T>(ctx: AzureCollectContext, source: () => Promise<AsyncIterable<T>> | AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  await drain(ctx.signal, await source(), (item) => items.push(item));
  return items;
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
  const result = await call(ctx, scope, action, () => readItems(ctx, source));
  if (result.ok) return result.value;
  return result.absent ? [] : null;
}

/** Reads a whole paged listing without recording a failure (for callers that scope the error themselves). */
export async function readAll<T>(
  ctx: AzureCollectContext,
  source: () => Promise<AsyncIterable<T>> | AsyncIterable<T>,
): Promise<{ readonly items: T[] } | { readonly error: unknown }> {
  try {
    return { items: await readItems(ctx, source) };
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
