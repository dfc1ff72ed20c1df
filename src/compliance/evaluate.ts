import type { Finding } from '../engine/finding.js';
import type { ResourceRef } from '../resources/index.js';
import type { FrameworkControl, FrameworkData } from './framework.js';

export type ControlStatus = 'PASS' | 'FAIL' | 'ERROR' | 'MANUAL' | 'NOT_APPLICABLE';

export const CONTROL_STATUSES: readonly ControlStatus[] = ['PASS', 'FAIL', 'ERROR', 'MANUAL', 'NOT_APPLICABLE'];

/** At most this many failing resources are listed per control (the count is always exact). */
export const FAILING_RESOURCES_LISTED = 50;

export interface FailingResource {
  readonly ruleId: string;
  readonly resource: ResourceRef;
  readonly message: string;
}

export interface ControlResult {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly level: string | null;
  readonly assessment: 'automated' | 'manual';
  readonly rules: readonly string[];
  readonly status: ControlStatus;
  /**
   * Distinct resources across the control's rules, each counted once by its worst result (a failure
   * beats an error, which beats a muted failure, which beats a pass): passing, failing (unmuted),
   * not assessable (ERROR) and failing but muted (accepted exceptions).
   */
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly muted: number;
  /** Why the status is MANUAL, ERROR or NOT_APPLICABLE, or that a PASS includes muted failures; null otherwise. */
  readonly reason: string | null;
  /** The framework's caveat for the control (partial coverage, disputed classification), or null. */
  readonly note: string | null;
  /** Rules of the control that were not part of the scan (a --checks selection). */
  readonly rulesNotRun: readonly string[];
  /** The failing resources (the first FAILING_RESOURCES_LISTED of them). */
  readonly failingResources: readonly FailingResource[];
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

export interface LevelResult extends Score {
  /** 'L1', 'L2', ...: a control of level L2 belongs to the Level 2 profile only. */
  readonly level: string;
}

export interface ComplianceReport {
  readonly framework: { readonly id: string; readonly name: string; readonly version: string; readonly provider: string };
  readonly score: Score;
  /** Controls per status, all assessments together. */
  readonly counts: Readonly<Record<ControlStatus, number>>;
  /** Controls per status for automated and for manual controls (manual controls with API evidence get PASS/FAIL too, but are not scored). */
  readonly countsByAssessment: Readonly<Record<'automated' | 'manual', Readonly<Record<ControlStatus, number>>>>;
  readonly sections: readonly SectionResult[];
  /** The score of the automated controls of each level, in level order. */
  readonly levels: readonly LevelResult[];
  readonly controls: readonly ControlResult[];
}

/**
 * Grades findings against a framework (statuses and formula in docs/compliance.md):
 * - a control with no rules is MANUAL, with the framework's reason;
 * - otherwise FAIL if any resource fails (unmuted) under one of its rules; else MANUAL if some of
 *   its rules did not run in this scan (not assessed); else ERROR if a resource could not be
 *   assessed; else PASS if a resource passed or only muted failures remain; else NOT_APPLICABLE
 *   (nothing in scope; the first not-applicable message of its rules is the reason);
 * - score = automated controls PASS / automated controls PASS + FAIL + ERROR, overall, per
 *   section and per level; manual controls are reported with their evidence but never scored.
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
  const levels = [...new Set(controls.map((c) => c.level).filter((l): l is string => l !== null))]
    .sort()
    .map((level) => ({ level, ...score(controls.filter((c) => c.level === level)) }));
  return {
    framework: { id: framework.id, name: framework.name, version: framework.version, provider: framework.provider },
    score: score(controls),
    counts: countStatuses(controls),
    countsByAssessment: {
      automated: countStatuses(controls.filter((c) => c.assessment === 'automated')),
      manual: countStatuses(controls.filter((c) => c.assessment === 'manual')),
    },
    sections,
    levels,
    controls,
  };
}

type ResourceState = 'FAIL' | 'ERROR' | 'MUTED' | 'PASS' | 'NOT_APPLICABLE';
const RANK: Readonly<Record<ResourceState, number>> = { FAIL: 4, ERROR: 3, MUTED: 2, PASS: 1, NOT_APPLICABLE: 0 };

function stateOf(finding: Finding): ResourceState {
  if (finding.status === 'FAIL') return finding.muted === null ? 'FAIL' : 'MUTED';
  return finding.status;
}

function gradeControl(control: FrameworkControl, byRule: ReadonlyMap<string, readonly Finding[]>, rulesRun: ReadonlySet<string>): ControlResult {
  const base = {
    id: control.id,
    title: control.title,
    section: control.section,
    level: control.level,
    assessment: control.assessment,
    rules: control.rules,
    note: control.note ?? null,
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
      rulesNotRun: [],
      failingResources: [],
    };
  }

  const resources = new Map<string, ResourceState>();
  const failing: FailingResource[] = [];
  let notApplicableBecause: string | null = null;
  for (const ruleId of control.rules) {
    for (const finding of byRule.get(ruleId) ?? []) {
      const state = stateOf(finding);
      if (state === 'NOT_APPLICABLE') notApplicableBecause ??= finding.message;
      const previous = resources.get(finding.resource.id);
      if (previous === undefined || RANK[state] > RANK[previous]) resources.set(finding.resource.id, state);
      if (state === 'FAIL' && failing.length < FAILING_RESOURCES_LISTED && !failing.some((f) => f.resource.id === finding.resource.id)) {
        failing.push({ ruleId, resource: finding.resource, message: finding.message });
      }
    }
  }
  const count = (state: ResourceState): number => [...resources.values()].filter((s) => s === state).length;
  const tally = { passed: count('PASS'), failed: count('FAIL'), errors: count('ERROR'), muted: count('MUTED') };
  const rulesNotRun = control.rules.filter((r) => !rulesRun.has(r));

  let status: ControlStatus;
  let reason: string | null = null;
  if (tally.failed > 0) {
    status = 'FAIL';
  } else if (rulesNotRun.length > 0) {
    status = 'MANUAL';
    reason = `Not assessed: ${rulesNotRun.join(', ')} ${rulesNotRun.length === 1 ? 'was' : 'were'} not part of this scan; assess by hand or scan again with ${rulesNotRun.length === 1 ? 'it' : 'them'}.`;
  } else if (tally.errors > 0) {
    status = 'ERROR';
    reason = `${tally.errors} resource(s) could not be assessed because data failed to collect or a check failed.`;
  } else if (tally.passed > 0 || tally.muted > 0) {
    status = 'PASS';
    if (tally.muted > 0) reason = `${tally.muted} failing resource(s) muted as accepted exceptions.`;
  } else {
    status = 'NOT_APPLICABLE';
    reason = notApplicableBecause ?? 'No resource in scope for its checks.';
  }
  return { ...base, status, ...tally, reason, rulesNotRun, failingResources: failing };
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
