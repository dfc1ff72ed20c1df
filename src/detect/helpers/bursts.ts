import type { CloudEvent } from '../event.js';

/** A run of events for one key with no gap longer than the window, that crossed the threshold. */
export interface Burst {
  readonly key: string;
  /** The first events of the episode (evidence). */
  readonly events: readonly CloudEvent[];
  /** All events of the episode. */
  readonly count: number;
  /** Peak events, or distinct values, within one window. */
  readonly peak: number;
  /** Span of the peak window in milliseconds. */
  readonly peakSpanMs: number;
  /** Distinct values seen in the episode (capped). */
  readonly distinct: readonly string[];
  readonly start: number;
  readonly end: number;
}

export interface BurstOptions {
  readonly windowMs: number;
  /** Events (or distinct values, when `distinct` is given) within one window that make a burst. */
  readonly threshold: number;
  readonly onBurst: (burst: Burst) => void;
  /** Evidence events kept per burst. */
  readonly keep?: number;
}

interface State {
  first: CloudEvent;
  events: CloudEvent[];
  count: number;
  times: number[];
  distinctLast: Map<string, number>;
  distinctAll: Set<string>;
  start: number;
  end: number;
  peak: number;
  peakSpanMs: number;
}

const MAX_TIMES = 4096;
const MAX_DISTINCT = 1000;

/**
 * Sliding-window burst detection per key with bounded memory: each key keeps only the times of
 * its current window. Tolerates the small reorderings of CloudTrail files (events within a window
 * may arrive out of order). Episodes end after a quiet window; bursts are reported then, once,
 * with the whole episode's count, or at `end()`.
 */
export class BurstTracker {
  readonly #opts: BurstOptions;
  readonly #states = new Map<string, State>();
  #watermark = 0;
  #adds = 0;

  constructor(opts: BurstOptions) {
    this.#opts = opts;
  }

  /** `distinctValues` makes the measure "distinct values in the window"; `labels` are only recorded. */
  add(key: string, event: CloudEvent, distinctValues?: readonly string[], labels?: readonly string[]): void {
    const { windowMs } = this.#opts;
    let s = this.#states.get(key);
    if (s && event.time > s.end + windowMs) {
      this.#close(key, s);
      s = undefined;
    }
    if (!s) {
      s = {
        first: event,
        events: [],
        count: 0,
        times: [],
        distinctLast: new Map(),
        distinctAll: new Set(),
        start: event.time,
        end: event.time,
        peak: 0,
        peakSpanMs: 0,
      };
      this.#states.set(key, s);
    }
    s.count++;
    if (s.events.length < (this.#opts.keep ?? 20)) s.events.push(event);
    s.start = Math.min(s.start, event.time);
    s.end = Math.max(s.end, event.time);
    insertSorted(s.times, event.time);
    const floor = s.end - windowMs;
    while (s.times.length > 0 && ((s.times[0] ?? 0) < floor || s.times.length > MAX_TIMES)) s.times.shift();
    let measure = s.times.length;
    for (const v of labels ?? []) if (s.distinctAll.size < MAX_DISTINCT) s.distinctAll.add(v);
    if (distinctValues !== undefined) {
      for (const v of distinctValues) {
        s.distinctLast.set(v, Math.max(s.distinctLast.get(v) ?? 0, event.time));
        if (s.distinctAll.size < MAX_DISTINCT) s.distinctAll.add(v);
      }
      for (const [v, t] of s.distinctLast) if (t < floor) s.distinctLast.delete(v);
      measure = s.distinctLast.size;
    }
    if (measure > s.peak) {
      s.peak = measure;
      s.peakSpanMs = (s.times[s.times.length - 1] ?? 0) - (s.times[0] ?? 0);
    }
    this.#watermark = Math.max(this.#watermark, event.time);
    if (++this.#adds % 4096 === 0) this.#sweep();
  }

  /** Closes every open episode (end of input). */
  end(): void {
    for (const [key, s] of [...this.#states]) this.#close(key, s);
  }

  #sweep(): void {
    for (const [key, s] of [...this.#states]) if (s.end + this.#opts.windowMs < this.#watermark) this.#close(key, s);
  }

  #close(key: string, s: State): void {
    this.#states.delete(key);
    if (s.peak < this.#opts.threshold) return;
    this.#opts.onBurst({
      key,
      events: s.events,
      count: s.count,
      peak: s.peak,
      peakSpanMs: s.peakSpanMs,
      distinct: [...s.distinctAll],
      start: s.start,
      end: s.end,
    });
  }
}

function insertSorted(times: number[], t: number): void {
  let i = times.length;
  while (i > 0 && (times[i - 1] ?? 0) > t) i--;
  times.splice(i, 0, t);
}

/** "20 times in 4 s", "12 times in 3 min". */
export function describeSpan(ms: number): string {
  if (ms < 1000) return 'under a second';
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
