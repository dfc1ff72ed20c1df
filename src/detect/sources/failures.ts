import { errorMessage } from '../../core/errors.js';

/**
 * A cloud call that failed while reading logs (an S3 object, a region's LookupEvents, a page of the
 * Azure Activity Log). Reading goes on with what can be read; the run then reports every failure
 * and exits 3, because alerts may be missing (a failed call is never a clean result).
 */
export interface SourceFailure {
  /** 's3:GetObject', 'cloudtrail:LookupEvents', 'monitor:ActivityLogs'. */
  readonly action: string;
  /** Where: the S3 URL, the region, the subscription. */
  readonly scope: string;
  readonly code: string;
  readonly message: string;
}

export function failureOf(action: string, scope: string, error: unknown): SourceFailure {
  const e = error as { name?: unknown; Code?: unknown; code?: unknown; statusCode?: unknown };
  const code = [e.Code, e.name, e.code].find((v): v is string => typeof v === 'string' && v !== 'Error') ?? 'Error';
  return { action, scope, code, message: errorMessage(error).split('\n')[0] ?? '' };
}

/** Time slices of at most `stepMs`, oldest first: cloud APIs return newest first, detectors want time order. */
export function* timeSlices(since: number, until: number, stepMs = 3_600_000): Generator<[number, number]> {
  for (let start = since; start < until; start += stepMs) yield [start, Math.min(until, start + stepMs)];
}
