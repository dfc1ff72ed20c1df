import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { PANTHER_AZURE_ACTIVITY, PANTHER_CLOUDTRAIL } from '../tools/detection/panther-map.js';
import { evaluatePanther, evaluateStratus, SAMPLES, summarizePanther, type PantherCase, type TechniqueResult } from '../tools/detection/quality.js';

describe('Stratus Red Team detonations (no learned baseline)', () => {
  let results: TechniqueResult[] = [];
  beforeAll(async () => {
    results = await evaluateStratus();
  });

  it('covers every technique file', () => {
    expect(results.length).toBeGreaterThanOrEqual(34);
  });

  it("raises at least one alert with the technique's ATT&CK tactic for every technique", () => {
    expect(results.filter((r) => r.matching.length === 0).map((r) => r.technique)).toEqual([]);
  });

  it('names the principal and the evidence in every matching alert', () => {
    for (const r of results) {
      for (const a of r.matching) {
        expect(a.explanation).toContain(a.principal);
        expect(a.evidence.events.length).toBeGreaterThan(0);
        expect(a.evidence.events.some((e) => a.explanation.includes(e.principal) || a.explanation.includes(a.principal))).toBe(true);
      }
    }
  });

  it('does not key on the attack tool: no explanation quotes its user agent', () => {
    for (const r of results) for (const a of r.alerts) expect(a.explanation).not.toMatch(/stratus-red-team_[0-9a-f-]{8,}/);
  });
});

function rate(kept: number, total: number): number {
  return total === 0 ? 1 : kept / total;
}

describe('Panther CloudTrail rule tests', () => {
  let cases: PantherCase[] = [];
  beforeAll(async () => {
    cases = await evaluatePanther(join(SAMPLES, 'panther-cloudtrail/aws_cloudtrail_rule_tests.jsonl'), PANTHER_CLOUDTRAIL);
  });

  it('reads the test events that are CloudTrail records (some use Panther-specific lower-case keys)', () => {
    expect(cases.filter((c) => c.unreadable).length).toBeLessThanOrEqual(Math.floor(cases.length * 0.05));
  });

  it('keeps at least 95% of the should-not-alert events quiet for the matching detectors', () => {
    const s = summarizePanther(cases);
    expect(s.quietExpected).toBeGreaterThan(50);
    expect(rate(s.quietKept, s.quietExpected)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps at least 90% of all should-not-alert events free of any alert', () => {
    const s = summarizePanther(cases);
    expect(rate(s.allQuietKept, s.allQuietExpected)).toBeGreaterThanOrEqual(0.9);
  });

  it('catches most should-alert events of the covered rules', () => {
    const s = summarizePanther(cases);
    expect(rate(s.alertCaught, s.alertExpected)).toBeGreaterThanOrEqual(0.55);
  });
});

describe('Panther Azure Activity Log rule tests', () => {
  let cases: PantherCase[] = [];
  beforeAll(async () => {
    cases = await evaluatePanther(join(SAMPLES, 'panther-azure-activity/azure_activity_rule_tests.jsonl'), PANTHER_AZURE_ACTIVITY);
  });

  it('keeps at least 95% of the should-not-alert events quiet for the matching detectors', () => {
    const s = summarizePanther(cases);
    expect(rate(s.quietKept, s.quietExpected)).toBeGreaterThanOrEqual(0.95);
  });

  it('catches most should-alert events of the covered rules', () => {
    const s = summarizePanther(cases);
    expect(rate(s.alertCaught, s.alertExpected)).toBeGreaterThanOrEqual(0.6);
  });
});
