/**
 * The detector test harness (the rule tester's shape, for event streams). Each detector's test file
 * is one call:
 *
 *   testDetector(detector, {
 *     valid:   [{ name: 'why it stays quiet', events: [ct({...})] }],
 *     invalid: [{ name: 'why it alerts', events: [...], messageId: 'stopped', explains: 'trail main' }],
 *   });
 *
 * Every case runs through the real engine (dispatch, windows, dedupe, message rendering). It
 * enforces: valid metadata, at least one valid and one invalid case, unique names, deep-frozen
 * events (a detector cannot mutate them), known message ids, explanations without unfilled
 * placeholders that name the principal, and alerts that carry their events and ATT&CK mapping.
 */
import { describe, expect, it } from '@jest/globals';
import type { Severity } from '../../src/core/types.js';
import type { Alert } from '../../src/detect/alert.js';
import { BaselineState } from '../../src/detect/baseline-state.js';
import { validateDetectorMeta, type AnomalyModel, type AnyDetector, type Detector } from '../../src/detect/detector.js';
import { runDetection } from '../../src/detect/engine.js';
import type { CloudEvent } from '../../src/detect/event.js';

export interface DetectorCase {
  /** Says why: 'a failed StopLogging is not tampering', not 'test 3'. */
  readonly name: string;
  readonly events: readonly CloudEvent[];
  readonly options?: Readonly<Record<string, unknown>>;
  /** Learned state the detector sees (default: nothing learned). */
  readonly baseline?: () => BaselineState;
  readonly model?: AnomalyModel;
  readonly only?: boolean;
}

export interface AlertingCase<M extends string> extends DetectorCase {
  readonly messageId: M;
  /** Exactly this many alerts (default: at least one). */
  readonly alerts?: number;
  readonly severity?: Severity;
  /** Text the explanation must contain. */
  readonly explains?: string | RegExp;
  readonly eventCount?: number;
  readonly evidence?: Readonly<Record<string, unknown>>;
}

export interface DetectorCases<M extends string> {
  readonly valid: readonly DetectorCase[];
  readonly invalid: readonly AlertingCase<M>[];
}

export function testDetector<O extends object, M extends string>(detector: Detector<O, M>, cases: DetectorCases<M>): void {
  describe(detector.id, () => {
    it('has valid metadata and at least one valid and one invalid case with unique names', () => {
      expect(validateDetectorMeta(detector)).toEqual([]);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    });

    for (const c of cases.valid) {
      (c.only ? it.only : it)(`valid: ${c.name}`, async () => {
        const alerts = await run(detector, c);
        expect(alerts.map((a) => a.explanation)).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      (c.only ? it.only : it)(`invalid: ${c.name}`, async () => {
        expect(Object.keys(detector.messages)).toContain(c.messageId);
        const alerts = await run(detector, c);
        if (c.alerts !== undefined) expect(alerts).toHaveLength(c.alerts);
        expect(alerts.length).toBeGreaterThan(0);
        const match = alerts.find((a) => matchesMessage(detector.messages[c.messageId], a.explanation));
        expect(match ? 'found' : `no alert with message '${c.messageId}' in ${JSON.stringify(alerts.map((a) => a.explanation))}`).toBe('found');
        if (!match) return;
        if (c.severity !== undefined) expect(match.severity).toBe(c.severity);
        if (c.explains !== undefined) expect(match.explanation).toMatch(c.explains);
        if (c.eventCount !== undefined) expect(match.eventCount).toBe(c.eventCount);
        if (c.evidence !== undefined) expect(match.evidence.facts).toMatchObject(c.evidence);
        for (const a of alerts) {
          expect(a.explanation).not.toMatch(/\{\{/);
          expect(a.explanation).toContain(a.principal);
          expect(a.evidence.events.length).toBeGreaterThan(0);
          expect(a.attack).toEqual(detector.attack);
        }
      });
    }
  });
}

/** True when `text` is `template` with its placeholders filled in. */
function matchesMessage(template: string, text: string): boolean {
  const pattern = template
    .split(/\{\{\s*[A-Za-z0-9_]+\s*\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(text);
}

async function run(detector: AnyDetector, c: DetectorCase): Promise<Alert[]> {
  const events = deepFreeze([...c.events]);
  async function* stream(): AsyncGenerator<CloudEvent> {
    for (const e of events) yield await Promise.resolve(e);
  }
  const result = await runDetection(stream(), {
    detectors: [detector],
    ...(c.options ? { detectorOptions: { [detector.id]: c.options } } : {}),
    baseline: c.baseline ? c.baseline() : new BaselineState(),
    mode: 'detect',
    updateBaseline: false,
    model: c.model ?? null,
  });
  return [...result.alerts];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
