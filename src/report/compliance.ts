import Table from 'cli-table3';
import { CONTROL_STATUSES, type ComplianceReport, type ControlResult, type ControlStatus, type Score } from '../compliance/evaluate.js';
import { sanitizeForTerminal } from '../core/sanitize.js';
import type { ScanMeta } from '../engine/result.js';
import { palette } from './style.js';
import type { ReportContext } from './types.js';

/** What the report says about the scan it grades: which scan, what it covered, when, whether complete. */
export type ComplianceScanInfo = Pick<ScanMeta, 'id' | 'collectedAt' | 'source' | 'scopes' | 'complete'>;

/** Failing resources shown per failing control in the table (the JSON form lists more). */
const RESOURCES_SHOWN = 5;

/**
 * A full compliance report for an auditor: what was graded, every control by section with its
 * status, resource counts and the reason behind MANUAL/ERROR/NOT_APPLICABLE, the scores (overall,
 * per level, per section) with the formula, and the resources to fix for each failing control.
 */
export function complianceTable(report: ComplianceReport, scan: ComplianceScanInfo, ctx: Pick<ReportContext, 'color' | 'width'>): string {
  const c = palette(ctx.color);
  const style: Record<ControlStatus, (t: string) => string> = {
    PASS: (t) => c.green(t),
    FAIL: (t) => c.bold.red(t),
    ERROR: (t) => c.red(t),
    MANUAL: (t) => c.yellow(t),
    NOT_APPLICABLE: (t) => c.dim(t),
  };
  const out: string[] = [c.bold(`${report.framework.name} v${report.framework.version} (${report.framework.id})`), ...scanLines(scan, c)];
  const titleWidth = Math.max(30, Math.min(90, ctx.width - 62));
  for (const section of report.sections) {
    out.push(
      '',
      c.bold(`${section.id} ${section.title}: ${pct(section)}`) +
        ` (${section.passed}/${section.assessed} automated controls passed; ${countLine(section.counts)})`,
    );
    const table = new Table({
      head: ['Control', 'Title', 'Level', 'Type', 'Status', 'Pass', 'Fail', 'Err', 'Muted'],
      colWidths: [9, titleWidth, 7, 11, 16, 6, 6, 5, 7],
      wordWrap: true,
      style: { head: [], border: [], compact: true },
    });
    for (const control of report.controls.filter((x) => x.section === section.id)) {
      const detail = [control.reason, control.note].filter((t): t is string => t !== null).map((t) => c.dim(t));
      table.push([
        control.id,
        [control.title, ...detail].join('\n'),
        control.level ?? '',
        control.assessment,
        style[control.status](control.status),
        control.passed,
        control.failed,
        control.errors,
        control.muted,
      ]);
    }
    out.push(table.toString());
  }

  out.push('', c.bold(`Overall: ${pct(report.score)}`) + ` (${report.score.passed}/${report.score.assessed} automated controls passed)`);
  if (report.levels.length > 0)
    out.push(`  ${report.levels.map((l) => `Level ${l.level.replace(/^L/, '')}: ${pct(l)} (${l.passed}/${l.assessed})`).join(' · ')}`);
  out.push(
    `  Automated controls: ${countLine(report.countsByAssessment.automated)}`,
    `  Manual controls:    ${countLine(report.countsByAssessment.manual)} (PASS/FAIL here is API evidence for a person to confirm)`,
    c.dim(
      'Score = automated controls passed / automated controls assessed (PASS + FAIL + ERROR); manual controls are shown but not scored. See docs/compliance.md.',
    ),
  );

  const failing = report.controls.filter((x) => x.status === 'FAIL');
  if (failing.length > 0) out.push('', c.bold(`Resources to fix (${failing.length} failing control(s))`), ...failing.flatMap((x) => failingLines(x, c)));
  return `${out.join('\n')}\n`;
}

function scanLines(scan: ComplianceScanInfo, c: ReturnType<typeof palette>): string[] {
  const lines = [
    c.dim(
      `Scan ${scan.id === null ? '(not stored)' : `#${scan.id}`} · collected ${scan.collectedAt}${scan.source === 'demo' ? ' · bundled demo inventory' : ''}`,
    ),
  ];
  for (const scope of scan.scopes) {
    const name = scope.displayName ? ` (${sanitizeForTerminal(scope.displayName)})` : '';
    const regions = scope.regions.length > 0 ? ` · ${scope.regions.length} region(s): ${scope.regions.map(sanitizeForTerminal).join(', ')}` : '';
    lines.push(c.dim(`${scope.provider.toUpperCase()} ${sanitizeForTerminal(scope.account)}${name}${regions}`));
  }
  if (!scan.complete) lines.push(c.bold.red('PARTIAL RESULTS: some data could not be collected; the controls that need it are ERROR.'));
  return lines;
}

function failingLines(control: ControlResult, c: ReturnType<typeof palette>): string[] {
  const shown = control.failingResources
    .slice(0, RESOURCES_SHOWN)
    .map(
      (f) =>
        `    ${sanitizeForTerminal(f.resource.name)} (${sanitizeForTerminal(f.resource.region)}) ${c.dim(`[${f.ruleId}]`)}: ${sanitizeForTerminal(f.message)}`,
    );
  const more = control.failed - shown.length;
  return [`  ${c.bold(control.id)} ${control.title}`, ...shown, ...(more > 0 ? [c.dim(`    ... and ${more} more (see --format json)`)] : [])];
}

function pct(score: Score): string {
  return score.percent === null ? 'n/a' : `${score.percent.toFixed(1)}%`;
}

function countLine(counts: Readonly<Record<ControlStatus, number>>): string {
  return CONTROL_STATUSES.map((s) => `${counts[s]} ${s === 'NOT_APPLICABLE' ? 'not applicable' : s.toLowerCase()}`).join(', ');
}
