import type { Finding } from '../engine/finding.js';
import type { FrameworkControl, FrameworkData } from './framework.js';

export type ControlStatus = 'PASS' | 'FAIL' | 'ERROR' | 'MANUAL' | 'NOT_APPLICABLE';

export interface ControlResult {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly level: string | null;
  readonly assessment: 'automated' | 'manual';
  readonly rules: readonly string[];
  readonly status: ControlStatus;
  /** Resources (findings) passing, failing, in error and muted across the control's rules. */
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly muted: number;
  /** Why the status is MANUAL or NOT_APPLICABLE; null otherwise. */
  readonly reason: string | null;
}

export interface Score {
  /** Automated controls that passed. */
  readonly passed: number;
  /** Automated controls assessed: PASS + FAIL + ERROR. */
  readonly assessed: number;
  /** passed / assessed × 100, one decimal; null when nothing was assessed. */
  readonly percent: number | null;
}

export interface SectionResult extends Score {
  readonly id: string;
  readonly title: string;
  readonly counts: Readonly<Record<ControlStatus, number>>;
}

export interface ComplianceReport {
  readonly framework: { readonly id: string; readonly name: string; readonly version: string; readonly provider: string };
  readonly score: Score;
  readonly counts: Readonly<Record<ControlStatus, number>>;
  readonly sections: readonly SectionResult[];
  readonly controls: readonly ControlResult[];
}

const CONTROL_STATUSES: readonly ControlStatus[] = ['PASS', 'FAIL', 'ERROR', 'MANUAL', 'NOT_APPLICABLE'];

/**
 * Grades findings against a framework (formula in docs/compliance.md):
 * - a control with no rules is MANUAL;
 * - otherwise FAIL if any unmuted finding of its rules fails, else ERROR if any could not be
 *   assessed, else PASS if any passed (muted failures count as accepted, so PASS), else
 *   NOT_APPLICABLE (no resources in scope, or its rules did not run);
 * - score = automated controls PASS / automated controls PASS + FAIL + ERROR.
 */
export function evaluateCompliance(framework: FrameworkData, findings: readonly Finding[], rulesRun: ReadonlySet<string>): ComplianceReport {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  const controls = framework.controls.map((control) => gradeControl(control, byRule, rulesRun));
  const sections = framework.sections.map((section) => {
    const inSection = controls.filter((c) => c.section === section.id);
    return { id: section.id, title: section.title, ...score(inSection), counts: countStatuses(inSection) };
  });
  return {
    framework: { id: framework.id, name: framework.name, version: framework.version, provider: framework.provider },
    score: score(controls),
    counts: countStatuses(controls),
    sections,
    controls,
  };
}

function gradeControl(control: FrameworkControl, byRule: ReadonlyMap<string, readonly Finding[]>, rulesRun: ReadonlySet<string>): ControlResult {
  const base = {
    id: control.id,
    title: control.title,
    section: control.section,
    level: control.level,
    assessment: control.assessment,
    rules: control.rules,
  };
  if (control.rules.length === 0) {
    return {
      ...base,
      status: 'MANUAL',
      passed: 0,
      failed: 0,
      errors: 0,
      muted: 0,
      reason: control.reason ?? 'No API gives evidence for this control: review it manually.',
    };
  }
  let passed = 0;
  let failed = 0;
  let errors = 0;
  let muted = 0;
  for (const ruleId of control.rules) {
    for (const finding of byRule.get(ruleId) ?? []) {
      if (finding.status === 'FAIL' && finding.muted !== null) muted++;
      else if (finding.status === 'FAIL') failed++;
      else if (finding.status === 'ERROR') errors++;
      else if (finding.status === 'PASS') passed++;
    }
  }
  let status: ControlStatus;
  let reason: string | null = null;
  if (failed > 0) status = 'FAIL';
  else if (errors > 0) status = 'ERROR';
  else if (passed > 0 || muted > 0) status = 'PASS';
  else {
    status = 'NOT_APPLICABLE';
    reason = control.rules.some((r) => rulesRun.has(r)) ? 'No resources in scope.' : 'Its rules were not part of this scan.';
  }
  return { ...base, status, passed, failed, errors, muted, reason };
}

function score(controls: readonly ControlResult[]): Score {
  const automated = controls.filter((c) => c.assessment === 'automated');
  const passed = automated.filter((c) => c.status === 'PASS').length;
  const assessed = automated.filter((c) => c.status === 'PASS' || c.status === 'FAIL' || c.status === 'ERROR').length;
  return { passed, assessed, percent: assessed === 0 ? null : Math.round((passed / assessed) * 1000) / 10 };
}

function countStatuses(controls: readonly ControlResult[]): Record<ControlStatus, number> {
  const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
  for (const control of controls) counts[control.status]++;
  return counts;
}
