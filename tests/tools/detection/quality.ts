/**
 * Detection quality over the public samples: Stratus Red Team technique coverage and Panther
 * precision/recall. Shared by the jest tests (tests/detect/sample-quality.test.ts) and the report
 * generator (tests/tools/detection-report.ts), so the documented figures are the tested ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alert } from '../../../src/detect/alert.js';
import { BaselineState } from '../../../src/detect/baseline-state.js';
import type { AnyDetector, Tactic } from '../../../src/detect/detector.js';
import { allDetectors } from '../../../src/detect/detectors/index.js';
import { runDetection, type EventStream } from '../../../src/detect/engine.js';
import type { CloudEvent } from '../../../src/detect/event.js';
import { localEvents } from '../../../src/detect/sources/local.js';
import { newSourceStats, normalizeRecord } from '../../../src/detect/sources/normalize.js';

export const SAMPLES = new URL('../../fixtures/samples/', import.meta.url).pathname;

async function detect(events: EventStream, detectors: readonly AnyDetector[] = allDetectors): Promise<Alert[]> {
  const result = await runDetection(events, { detectors, baseline: new BaselineState(), mode: 'detect', updateBaseline: false, model: null });
  return [...result.alerts];
}

export interface TechniqueResult {
  readonly technique: string;
  readonly tactic: Tactic;
  readonly events: number;
  readonly alerts: readonly Alert[];
  /** Alerts whose ATT&CK mapping includes the technique's tactic. */
  readonly matching: readonly Alert[];
}

/** Each Stratus Red Team detonation file on its own, with no learned baseline (the hardest case). */
export async function evaluateStratus(dir = join(SAMPLES, 'stratus-red-team')): Promise<TechniqueResult[]> {
  const out: TechniqueResult[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const technique = file.replace(/\.json$/, '');
    const tactic = technique.split('.')[1] as Tactic;
    const stats = newSourceStats();
    const alerts = await detect(localEvents([join(dir, file)], stats));
    out.push({ technique, tactic, events: stats.events, alerts, matching: alerts.filter((a) => a.attack.some((m) => m.tactic === tactic)) });
  }
  return out;
}

export interface PantherCase {
  readonly ruleId: string;
  readonly name: string;
  readonly expected: boolean;
  readonly detectors: readonly string[];
  /** Alerts of the matching detectors. */
  readonly matching: readonly Alert[];
  /** Alerts of any detector. */
  readonly any: readonly Alert[];
  /** The event could not be read as a CloudTrail / Activity Log record. */
  readonly unreadable: boolean;
}

/** Panther test events lack a time when the rule does not need one; give them a fixed one. */
const DEFAULT_TIME = '2024-01-01T00:00:00Z';

/** Every Panther test event, each on its own, through every detector. */
export async function evaluatePanther(file: string, map: Readonly<Record<string, readonly string[]>>): Promise<PantherCase[]> {
  const out: PantherCase[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const t = JSON.parse(line) as { RuleID: string; Name: string; ExpectedResult: boolean; Log: Record<string, unknown> };
    const log = { ...t.Log };
    if (log['eventSource'] !== undefined && log['eventTime'] === undefined) log['eventTime'] = DEFAULT_TIME;
    if (log['operationName'] !== undefined && log['time'] === undefined && log['eventTimestamp'] === undefined) log['time'] = DEFAULT_TIME;
    const event = normalizeRecord(log);
    const detectors = map[t.RuleID] ?? [];
    const alerts = event ? await detect(single(event)) : [];
    out.push({
      ruleId: t.RuleID,
      name: t.Name,
      expected: t.ExpectedResult,
      detectors,
      matching: alerts.filter((a) => matches(detectors, a)),
      any: alerts,
      unreadable: event === null,
    });
  }
  return out;
}

/** A map entry is a detector id, or 'detector-id#kind' when the rule is narrower than the detector. */
function matches(entries: readonly string[], a: Alert): boolean {
  return entries.some((entry) => {
    const [id, kind] = entry.split('#');
    return id === a.detectorId && (kind === undefined || kind === a.kind);
  });
}

async function* single(e: CloudEvent): AsyncGenerator<CloudEvent> {
  yield await Promise.resolve(e);
}

export interface PantherSummary {
  readonly events: number;
  readonly rulesCovered: number;
  readonly rules: number;
  /** Should-not-alert events of covered rules, and how many stayed quiet for the matching detectors. */
  readonly quietExpected: number;
  readonly quietKept: number;
  /** Should-alert events of covered rules, and how many the matching detectors caught. */
  readonly alertExpected: number;
  readonly alertCaught: number;
  /** Every should-not-alert event (covered or not) and how many raised no alert at all. */
  readonly allQuietExpected: number;
  readonly allQuietKept: number;
}

export function summarizePanther(cases: readonly PantherCase[]): PantherSummary {
  const covered = cases.filter((c) => c.detectors.length > 0);
  const rules = new Set(cases.map((c) => c.ruleId));
  return {
    events: cases.length,
    rules: rules.size,
    rulesCovered: new Set(covered.map((c) => c.ruleId)).size,
    quietExpected: covered.filter((c) => !c.expected).length,
    quietKept: covered.filter((c) => !c.expected && c.matching.length === 0).length,
    alertExpected: covered.filter((c) => c.expected).length,
    alertCaught: covered.filter((c) => c.expected && c.matching.length > 0).length,
    allQuietExpected: cases.filter((c) => !c.expected).length,
    allQuietKept: cases.filter((c) => !c.expected && c.any.length === 0).length,
  };
}
