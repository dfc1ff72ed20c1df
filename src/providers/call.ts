/**
 * The provider-neutral half of how collectors call their cloud: every failure becomes a
 * CollectionError (or, for the provider's named "absent" codes, an absent answer) and nothing is
 * skipped silently. Each provider's context.ts binds these to its own error normaliser and absent
 * codes, and exports them under its own names and context type.
 */
import type { Provider } from '../core/types.js';
import type { CollectionError } from '../inventory/types.js';
import type { ResourceType } from '../resources/index.js';
import type { CollectContext } from './types.js';

/** What a failed call leaves incomplete. */
export interface CallScope<Type extends ResourceType = ResourceType> {
  readonly collector: string;
  /** The region (AWS) or location (Azure) concerned, or 'global' for account-, subscription- and tenant-wide data. */
  readonly region: string;
  readonly resourceTypes: readonly Type[];
  /** Set when only this resource's hydration failed. */
  readonly resourceId?: string;
  /** Set when only these properties of that resource are unknown. */
  readonly properties?: readonly string[];
}

export type CallResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly absent: boolean };

/** How one provider reads the errors of its calls. */
export interface ErrorPolicy {
  readonly provider: Provider;
  /** The stable code and one-line message of a failure in `scope`. */
  normalise(error: unknown, scope: CallScope): { readonly code: string; readonly message: string };
  /** True when `error` from `action` is one of its named "absent" codes (never a failure). */
  isAbsent(action: string, error: unknown): boolean;
}

/** The part of a collector's context that calls need. */
export type CallContext = Pick<CollectContext<unknown>, 'account' | 'sink' | 'signal'>;

const ABSENT: CallResult<never> = Object.freeze({ ok: false, absent: true });
const FAILED: CallResult<never> = Object.freeze({ ok: false, absent: false });

/** Records a failure of `action` in `scope` as a CollectionError. */
export function recordCallError(policy: ErrorPolicy, ctx: CallContext, scope: CallScope, action: string, error: unknown): void {
  const { code, message } = policy.normalise(error, scope);
  const record: CollectionError = {
    provider: policy.provider,
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

/** One API call: its value, or absent (one of the action's named codes), or a recorded failure. */
export async function callWith<T>(policy: ErrorPolicy, ctx: CallContext, scope: CallScope, action: string, fn: () => Promise<T>): Promise<CallResult<T>> {
  try {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    return { ok: true, value: await fn() };
  } catch (error) {
    if (policy.isAbsent(action, error)) return ABSENT;
    recordCallError(policy, ctx, scope, action, error);
    return FAILED;
  }
}

/** Hands every item (or page) of `source` to `onItem`; throws the signal's reason once it aborts. */
export async function drain<T>(signal: AbortSignal, source: AsyncIterable<T>, onItem: (item: T) => void): Promise<void> {
  for await (const item of source) {
    if (signal.aborted) throw signal.reason;
    onItem(item);
  }
}
