import type { DetectorContext, DetectorHandlers } from '../detector.js';
import type { CloudEvent } from '../event.js';
import { BurstTracker, describeSpan } from './bursts.js';

export interface DistinctBurstOptions {
  readonly threshold: number;
  readonly windowMinutes: number;
}

/**
 * Handlers for "one principal touched many distinct X in a short window" detectors (secrets,
 * parameters, instance passwords, user data). `valuesOf` names the X an event touches (null: ignore
 * the event). The report says how many, how fast, and which.
 */
export function distinctBurst<O extends DistinctBurstOptions, M extends string>(
  ctx: DetectorContext<O, M>,
  messageId: M,
  valuesOf: (e: CloudEvent) => readonly string[] | null,
  measure: 'distinct' | 'calls' = 'distinct',
): DetectorHandlers {
  const tracker = new BurstTracker({
    windowMs: ctx.options.windowMinutes * 60_000,
    threshold: ctx.options.threshold,
    onBurst: (b) => {
      const sample = b.distinct.slice(0, 5).join(', ') + (b.distinct.length > 5 ? `, and ${b.distinct.length - 5} more` : '');
      ctx.report({
        messageId,
        events: b.events,
        count: b.count,
        key: `${b.key}|${b.events[0]?.id ?? ''}`,
        data: { calls: b.count, distinct: b.distinct.length, span: describeSpan(b.end - b.start), items: sample },
        evidence: {
          calls: b.count,
          distinct: b.distinct.length,
          peakInWindow: b.peak,
          spanSeconds: Math.round((b.end - b.start) / 1000),
          items: b.distinct.slice(0, 50),
        },
      });
    },
  });
  return {
    event(e) {
      const values = valuesOf(e);
      if (values === null) return;
      if (measure === 'distinct') tracker.add(e.principal.key, e, values);
      else tracker.add(e.principal.key, e, undefined, values);
    },
    end() {
      tracker.end();
    },
  };
}
