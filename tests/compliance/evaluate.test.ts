import { describe, expect, it } from '@jest/globals';
import { evaluateCompliance, FAILING_RESOURCES_LISTED } from '../../src/compliance/evaluate.js';
import type { FrameworkControl, FrameworkData } from '../../src/compliance/framework.js';
import { fingerprintOf, type Finding } from '../../src/engine/finding.js';
import type { Status } from '../../src/core/types.js';

const control = (id: string, rules: string[], extra: Partial<FrameworkControl> = {}): FrameworkControl => ({
  id,
  title: `Control ${id}`,
  section: id.split('.')[0] ?? '',
  level: 'L1',
  assessment: 'automated',
  rules,
  ...extra,
});

const framework = (controls: FrameworkControl[]): FrameworkData => ({
  id: 'test-v1.0.0',
  name: 'Test framework',
  version: '1.0.0',
  provider: 'aws',
  source: 'tests',
  sections: [
    { id: '1', title: 'One' },
    { id: '2', title: 'Two' },
  ],
  controls,
});

function finding(ruleId: string, resource: string, status: Status, muted = false): Finding {
  return {
    ruleId,
    status,
    severity: 'medium',
    resource: { id: `arn:${resource}`, type: 'aws.s3.bucket', name: resource, provider: 'aws', account: '123456789012', region: 'us-east-1' },
    message: `${resource} ${status}.`,
    evidence: {},
    findingKey: null,
    fingerprint: fingerprintOf(ruleId, resource, null),
    muted: muted ? { reason: 'accepted risk for the public website', expires: null, source: 'test' } : null,
  };
}

const grade = (controls: FrameworkControl[], findings: Finding[], run: string[] = ['r1', 'r2', 'r3']) =>
  evaluateCompliance(framework(controls), findings, new Set(run));
const one = (c: FrameworkControl, findings: Finding[], run?: string[]) => grade([c], findings, run).controls[0];

describe('control status', () => {
  it('is MANUAL with the framework reason when the control has no rules', () => {
    expect(one(control('1.1', [], { reason: 'Needs a person.' }), [])).toMatchObject({ status: 'MANUAL', reason: 'Needs a person.' });
  });

  it('is FAIL when one resource fails, counting distinct resources by their worst result', () => {
    const result = one(control('1.2', ['r1', 'r2']), [
      finding('r1', 'a', 'PASS'),
      finding('r1', 'b', 'FAIL'),
      finding('r2', 'b', 'FAIL'),
      finding('r2', 'a', 'PASS'),
      finding('r2', 'c', 'ERROR'),
    ]);
    expect(result).toMatchObject({ status: 'FAIL', passed: 1, failed: 1, errors: 1, muted: 0, reason: null });
    expect(result?.failingResources.map((f) => f.resource.name)).toEqual(['b']);
  });

  it('counts one resource that passes one rule and fails the other as failing only', () => {
    expect(one(control('1.3', ['r1', 'r2']), [finding('r1', 'a', 'PASS'), finding('r2', 'a', 'FAIL')])).toMatchObject({ passed: 0, failed: 1 });
  });

  it('is ERROR when nothing fails but a resource could not be assessed', () => {
    expect(one(control('1.4', ['r1']), [finding('r1', 'a', 'PASS'), finding('r1', 'b', 'ERROR')])).toMatchObject({ status: 'ERROR', passed: 1, errors: 1 });
  });

  it('is PASS with muted failures as accepted exceptions, and says so', () => {
    const result = one(control('1.5', ['r1']), [finding('r1', 'a', 'PASS'), finding('r1', 'b', 'FAIL', true)]);
    expect(result).toMatchObject({ status: 'PASS', passed: 1, muted: 1, failed: 0 });
    expect(result?.reason).toContain('1 failing resource(s) muted');
  });

  it('is NOT_APPLICABLE when the rules ran and found nothing in scope, with the first rule message as the reason', () => {
    expect(one(control('1.6', ['r1']), [finding('r1', 'a', 'NOT_APPLICABLE')])).toMatchObject({
      status: 'NOT_APPLICABLE',
      passed: 0,
      reason: 'a NOT_APPLICABLE.',
    });
    expect(one(control('1.6', ['r1']), [])).toMatchObject({ status: 'NOT_APPLICABLE', reason: 'No resource in scope for its checks.' });
  });

  it('is MANUAL (not assessed) when some of its rules did not run and nothing failed', () => {
    const result = one(control('1.7', ['r1', 'r9']), [finding('r1', 'a', 'PASS')]);
    expect(result).toMatchObject({ status: 'MANUAL', rulesNotRun: ['r9'] });
    expect(result?.reason).toContain('r9 was not part of this scan');
  });

  it('still reports a known failure when other rules did not run', () => {
    expect(one(control('1.8', ['r1', 'r9']), [finding('r1', 'a', 'FAIL')])).toMatchObject({ status: 'FAIL', rulesNotRun: ['r9'] });
  });

  it('lists a bounded number of failing resources but counts them all', () => {
    const many = Array.from({ length: FAILING_RESOURCES_LISTED + 7 }, (_, i) => finding('r1', `bucket-${i}`, 'FAIL'));
    const result = one(control('1.9', ['r1']), many);
    expect(result?.failed).toBe(FAILING_RESOURCES_LISTED + 7);
    expect(result?.failingResources).toHaveLength(FAILING_RESOURCES_LISTED);
  });

  it('carries the framework note', () => {
    expect(one(control('1.10', [], { note: 'Partial coverage.' }), [])).toMatchObject({ note: 'Partial coverage.' });
  });
});

describe('scores', () => {
  const controls = [
    control('1.1', ['r1']),
    control('1.2', ['r2']),
    control('1.3', ['r3'], { level: 'L2' }),
    control('1.4', [], { reason: 'manual', assessment: 'manual' }),
    control('2.1', ['r1'], { assessment: 'manual' }),
    control('2.2', ['r2'], { level: 'L2' }),
  ];
  const findings = [finding('r1', 'a', 'PASS'), finding('r2', 'a', 'FAIL'), finding('r3', 'a', 'ERROR')];

  it('scores automated PASS over automated PASS + FAIL + ERROR, leaving manual controls out', () => {
    const report = grade(controls, findings);
    expect(report.score).toEqual({ passed: 1, assessed: 4, percent: 25 });
    expect(report.counts).toEqual({ PASS: 2, FAIL: 2, ERROR: 1, MANUAL: 1, NOT_APPLICABLE: 0 });
    expect(report.countsByAssessment.manual).toEqual({ PASS: 1, FAIL: 0, ERROR: 0, MANUAL: 1, NOT_APPLICABLE: 0 });
    expect(report.countsByAssessment.automated).toEqual({ PASS: 1, FAIL: 2, ERROR: 1, MANUAL: 0, NOT_APPLICABLE: 0 });
  });

  it('scores each section and each level with the same formula', () => {
    const report = grade(controls, findings);
    expect(report.sections).toMatchObject([
      { id: '1', passed: 1, assessed: 3, percent: 33.3 },
      { id: '2', passed: 0, assessed: 1, percent: 0 },
    ]);
    expect(report.levels).toEqual([
      { level: 'L1', passed: 1, assessed: 2, percent: 50 },
      { level: 'L2', passed: 0, assessed: 2, percent: 0 },
    ]);
  });

  it('is null, never 100%, when nothing automated was assessed', () => {
    const report = grade([control('1.1', ['r1']), control('1.2', [], { reason: 'x' })], [], []);
    expect(report.score).toEqual({ passed: 0, assessed: 0, percent: null });
    expect(report.controls.map((c) => c.status)).toEqual(['MANUAL', 'MANUAL']);
  });
});
