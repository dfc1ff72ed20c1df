/**
 * The AWS side of the collector contract: the context every AWS collector receives, and the two
 * helpers through which it makes calls, so that every failure becomes a CollectionError (or, for
 * the named "absent" codes, a null) and nothing is skipped silently.
 */
import type { AwsResourceType } from '../../resources/aws/index.js';
import { callWith, drain, recordCallError, type CallResult, type CallScope as NeutralCallScope, type ErrorPolicy } from '../call.js';
import type { CollectContext, Collector } from '../types.js';
import type { AwsClients } from './clients.js';
import { isAbsent, normaliseAwsError } from './errors.js';

export interface AwsCollectContext extends CollectContext<AwsClients> {
  /** 'aws', 'aws-cn' or 'aws-us-gov', from the caller ARN. */
  readonly partition: string;
  /** The region for global services (IAM, S3 listing, Organizations, STS). */
  readonly homeRegion: string;
  readonly tuning: AwsTuning;
}

/** Knobs that tests and the benchmark shorten. */
export interface AwsTuning {
  /** Wait between GenerateCredentialReport polls. */
  readonly credentialReportPollMs: number;
  /** Polls before the credential report counts as failed (code 'ReportInProgress'). */
  readonly credentialReportMaxPolls: number;
}

export const DEFAULT_TUNING: AwsTuning = Object.freeze({ credentialReportPollMs: 2000, credentialReportMaxPolls: 30 });

export interface AwsCollector extends Collector<AwsCollectContext> {
  readonly provider: 'aws';
  readonly resourceTypes: readonly AwsResourceType[];
  /** 'global' collectors run once per account; 'regional' ones loop over ctx.regions themselves. */
  readonly scope: 'global' | 'regional';
}

/** What a failed call leaves incomplete (region: the region called, or 'global' for account-wide data). */
export type CallScope = NeutralCallScope<AwsResourceType>;

export type { CallResult } from '../call.js';

const AWS_ERRORS: ErrorPolicy = {
  provider: 'aws',
  // An authentication failure at a regional endpoint means the region is not enabled.
  normalise: (error, scope) => normaliseAwsError(error, scope.region !== 'global'),
  isAbsent,
};

/** Records a failure of `action` in `scope`. */
export function recordError(ctx: AwsCollectContext, scope: CallScope, action: string, error: unknown): void {
  recordCallError(AWS_ERRORS, ctx, scope, action, error);
}

/** One API call: its value, or absent (a named "not configured" code), or a recorded failure. */
export function call<T>(ctx: AwsCollectContext, scope: CallScope, action: string, fn: () => Promise<T>): Promise<CallResult<T>> {
  return callWith(AWS_ERRORS, ctx, scope, action, fn);
}

/**
 * Walks an SDK paginator, handing each page's items to `onItems`. A failure part-way keeps what
 * was read and records the error for the whole listing scope. Returns false when it failed.
 */
export async function pages<P>(
  ctx: AwsCollectContext,
  scope: CallScope,
  action: string,
  paginator: AsyncIterable<P>,
  onPage: (page: P) => void,
): Promise<boolean> {
  const failure = await walkPages(ctx, paginator, onPage);
  if (failure === null) return true;
  recordError(ctx, scope, action, failure.error);
  return false;
}

/** Walks a paginator; returns null when every page was read, or the error (for callers that scope it themselves). */
export async function walkPages<P>(
  ctx: AwsCollectContext,
  paginator: AsyncIterable<P>,
  onPage: (page: P) => void,
): Promise<{ readonly error: unknown } | null> {
  try {
    await drain(ctx.signal, paginator, onPage);
    return null;
  } catch (error) {
    return { error };
  }
}

/** Runs `fn` for every region concurrently and reports each (collector, region) unit's progress. */
export async function forEachRegion(ctx: AwsCollectContext, collector: string, fn: (region: string) => Promise<void>): Promise<void> {
  await Promise.all(
    ctx.regions.map(async (region) => {
      await fn(region);
      ctx.progress.done(`${collector} ${region}`, false);
    }),
  );
}

/** Maps `items` concurrently (the limiter bounds the calls they make). */
export function mapAll<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map(fn));
}

/** ISO string of an SDK date (or null). */
export function iso(value: Date | string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return Number.isNaN(value.getTime()) ? null : value.toISOString();
}

/** AWS tag lists ([{Key, Value}]) as a record. */
export function tagsOf(list: readonly { readonly Key?: string | undefined; readonly Value?: string | undefined }[] | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const tag of list ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
  return tags;
}

/** Waits `ms`, or rejects early when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
