import type { DetectorContext, DetectorHandlers, DetectorReport } from '../detector.js';
import type { CloudEvent } from '../event.js';

export type Match<M extends string> = Omit<DetectorReport<M>, 'events'> & { readonly events?: readonly CloudEvent[] };

/**
 * The handler of a single-event detector: `match` decides on one event and returns what to
 * report, or null. Most known-bad detectors are one of these.
 */
export function eachEvent<O, M extends string>(
  match: (event: CloudEvent, ctx: DetectorContext<O, M>) => Match<M> | null,
): (ctx: DetectorContext<O, M>) => DetectorHandlers {
  return (ctx) => ({
    event(e) {
      const m = match(e, ctx);
      if (m) ctx.report({ ...m, events: m.events ?? [e] });
    },
  });
}

/** A string field of the request, response or additional data. */
export function field(obj: Readonly<Record<string, unknown>> | null, ...path: readonly string[]): unknown {
  let current: unknown = obj;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function text(value: unknown, fallback = 'unknown'): string {
  return typeof value === 'string' && value.length > 0 ? value : typeof value === 'number' ? String(value) : fallback;
}

/** True when the principal's learned baseline shows it calling `action` at least `times` times. */
export function usualFor(ctx: DetectorContext<unknown, string>, e: CloudEvent, times: number): boolean {
  const p = ctx.baseline.profile(e.principal.key);
  return p !== undefined && (p.actions[e.action] ?? 0) >= times;
}
