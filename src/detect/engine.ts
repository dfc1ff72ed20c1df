import type { Severity } from '../core/types.js';
import { formatMessage } from '../engine/rule.js';
import { dedupeKeyOf, summarizeEvent, type Alert } from './alert.js';
import { emptyProfile, mergeWindow, WindowAccumulator, windowFeatures, type PrincipalWindow } from './baseline.js';
import type { BaselineState } from './baseline-state.js';
import { resolveOptions, type AnomalyModel, type AnyDetector, type DetectorHandlers, type DetectorReport } from './detector.js';
import type { CloudEvent } from './event.js';
import { sanitizeForTerminal } from '../core/sanitize.js';

export interface DetectionOptions {
  readonly detectors: readonly AnyDetector[];
  /** Per-detector option overrides, by detector id. */
  readonly detectorOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly baseline: BaselineState;
  /** 'learn' folds every window into the baselines and raises no alert. */
  readonly mode: 'detect' | 'learn';
  /** In detect mode, also fold the new windows (those without alerts) into the baselines. */
  readonly updateBaseline: boolean;
  readonly model: AnomalyModel | null;
  /** Evidence events kept per alert. */
  readonly evidenceEvents?: number;
}

export interface DetectionStats {
  events: number;
  windows: number;
  windowsLearned: number;
  principals: number;
  firstEvent: number | null;
  lastEvent: number | null;
}

export interface DetectionResult {
  readonly alerts: readonly Alert[];
  readonly stats: DetectionStats;
}

/**
 * Runs every detector over an event stream in one pass. Known-bad detectors see the actions they
 * listed; learned detectors see closed principal-windows. Alerts with the same dedupe key merge.
 * Memory is bounded by the open windows and bursts, not by the input size.
 */
/** Events one by one or, faster, in batches (sources yield one batch per file chunk or API page). */
export type EventStream = AsyncIterable<CloudEvent | readonly CloudEvent[]>;

export async function runDetection(events: EventStream, opts: DetectionOptions): Promise<DetectionResult> {
  const alerts = new Map<string, Alert>();
  const alertedSpans = new Map<string, [number, number][]>();
  const stats: DetectionStats = { events: 0, windows: 0, windowsLearned: 0, principals: 0, firstEvent: null, lastEvent: null };
  const keep = opts.evidenceEvents ?? 20;
  const learning = opts.mode === 'learn';
  const seenPrincipals = new Set<string>();

  const byAction = new Map<string, DetectorHandlers[]>();
  const everyEvent: DetectorHandlers[] = [];
  const windowHandlers: DetectorHandlers[] = [];
  const all: DetectorHandlers[] = [];

  if (!learning) {
    for (const detector of opts.detectors) {
      const options: object = resolveOptions(detector, opts.detectorOptions?.[detector.id]);
      const report = (r: DetectorReport): void => {
        const alert = toAlert(detector, r, keep);
        const existing = alerts.get(alert.dedupeKey);
        alerts.set(alert.dedupeKey, existing ? mergeAlerts(existing, alert) : alert);
        const spans = alertedSpans.get(alert.principalKey) ?? [];
        spans.push([Date.parse(alert.firstSeen), Date.parse(alert.lastSeen)]);
        alertedSpans.set(alert.principalKey, spans);
      };
      const handlers = detector.create({ options, baseline: opts.baseline, model: opts.model, report });
      all.push(handlers);
      if (handlers.window) windowHandlers.push(handlers);
      if (detector.actions === '*') everyEvent.push(handlers);
      else
        for (const action of detector.actions) {
          const list = byAction.get(action) ?? [];
          list.push(handlers);
          byAction.set(action, list);
        }
    }
  }

  const onWindow = (w: PrincipalWindow): void => {
    stats.windows++;
    const profile = opts.baseline.profile(w.key);
    const features = windowFeatures(w, profile);
    for (const h of windowHandlers) h.window?.(w, features);
    if (!learning && !opts.updateBaseline) return;
    const spans = alertedSpans.get(w.key);
    if (spans?.some(([a, b]) => a <= w.last && b >= w.first)) return; // never learn from what alerted
    const target = profile ?? emptyProfile(w);
    if (!profile) opts.baseline.profiles.set(w.key, target);
    mergeWindow(target, w);
    opts.baseline.changed.add(w.key);
    opts.baseline.learnedWindows++;
    opts.baseline.reservoir.add(features.vector);
    stats.windowsLearned++;
  };
  const windows = new WindowAccumulator(onWindow);

  const one = (e: CloudEvent): void => {
    stats.events++;
    if (stats.firstEvent === null || e.time < stats.firstEvent) stats.firstEvent = e.time;
    if (stats.lastEvent === null || e.time > stats.lastEvent) stats.lastEvent = e.time;
    if (!seenPrincipals.has(e.principal.key)) {
      seenPrincipals.add(e.principal.key);
      stats.principals++;
    }
    const handlers = byAction.get(e.action);
    if (handlers) for (const h of handlers) h.event(e);
    for (const h of everyEvent) h.event(e);
    windows.add(e);
  };
  for await (const item of events) {
    if (isBatch(item)) for (const e of item) one(e);
    else one(item);
  }
  // Event detectors flush their open bursts first (so windows that alerted are not learned),
  // then the last windows close, then window detectors flush (summaries).
  for (const h of all) if (!h.window) h.end?.();
  windows.end();
  for (const h of windowHandlers) h.end?.();

  return { alerts: [...alerts.values()].sort(compareAlerts), stats };
}

function isBatch(item: CloudEvent | readonly CloudEvent[]): item is readonly CloudEvent[] {
  return Array.isArray(item);
}

function toAlert(detector: AnyDetector, r: DetectorReport, keep: number): Alert {
  const first = r.events[0];
  if (!first) throw new Error(`detector ${detector.id} reported without events`);
  const template = detector.messages[r.messageId];
  if (template === undefined) throw new Error(`detector ${detector.id} has no message '${r.messageId}'`);
  let firstSeen = first.time;
  let lastSeen = first.time;
  for (const e of r.events) {
    if (e.time < firstSeen) firstSeen = e.time;
    if (e.time > lastSeen) lastSeen = e.time;
  }
  const data = {
    principal: first.principal.display,
    account: first.account ?? 'unknown account',
    region: first.region ?? 'unknown region',
    sourceIp: first.sourceIp ?? 'unknown address',
    action: first.action,
    ...r.data,
  };
  return {
    dedupeKey: dedupeKeyOf(detector.id, r.key ?? first.id),
    detectorId: detector.id,
    kind: r.messageId,
    title: detector.title,
    severity: r.severity ?? detector.severity,
    provider: first.provider,
    account: first.account,
    region: first.region,
    principal: first.principal.display,
    principalKey: first.principal.key,
    firstSeen: new Date(firstSeen).toISOString(),
    lastSeen: new Date(lastSeen).toISOString(),
    eventCount: Math.max(r.count ?? r.events.length, r.events.length),
    explanation: sanitizeForTerminal(formatMessage(template, data)),
    attack: detector.attack,
    evidence: { events: r.events.slice(0, keep).map(summarizeEvent), facts: r.evidence ?? {} },
  };
}

function mergeAlerts(a: Alert, b: Alert): Alert {
  return {
    ...a,
    firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen,
    eventCount: Math.max(a.eventCount, b.eventCount),
  };
}

const RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export function compareAlerts(a: Alert, b: Alert): number {
  return RANK[a.severity] - RANK[b.severity] || a.firstSeen.localeCompare(b.firstSeen) || a.detectorId.localeCompare(b.detectorId);
}
