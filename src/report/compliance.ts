import Table from 'cli-table3';
import type { ComplianceReport, ControlStatus } from '../compliance/evaluate.js';
import { palette } from './style.js';
import type { ReportContext } from './types.js';

/** A full compliance report: every control by section, with status and resource counts, then the scores. */
export function complianceTable(report: ComplianceReport, scanLabel: string, ctx: Pick<ReportContext, 'color' | 'width'>): string {
  const c = palette(ctx.color);
  const style: Record<ControlStatus, (t: string) => string> = {
    PASS: (t) => c.green(t),
    FAIL: (t) => c.bold.red(t),
    ERROR: (t) => c.red(t),
    MANUAL: (t) => c.yellow(t),
    NOT_APPLICABLE: (t) => c.dim(t),
  };
  const pct = (p: number | null): string => (p === null ? 'n/a' : `${p.toFixed(1)}%`);
  const out: string[] = [c.bold(`${report.framework.name} v${report.framework.version} (${report.framework.id})`), c.dim(scanLabel)];
  const titleWidth = Math.max(30, Math.min(70, ctx.width - 60));
  for (const section of report.sections) {
    out.push('', c.bold(`${section.id} ${section.title}: ${pct(section.percent)} (${section.passed}/${section.assessed} automated controls passed)`));
    const table = new Table({
      head: ['Control', 'Title', 'Level', 'Type', 'Status', 'Pass', 'Fail', 'Err'],
      colWidths: [10, titleWidth, 7, 11, 16, 6, 6, 5],
      wordWrap: true,
      style: { head: [], border: [], compact: true },
    });
    for (const control of report.controls.filter((x) => x.section === section.id)) {
      table.push([
        control.id,
        control.title,
        control.level ?? '',
        control.assessment,
        style[control.status](control.status),
        control.passed,
        control.failed,
        control.errors,
      ]);
    }
    out.push(table.toString());
  }
  out.push(
    '',
    c.bold(`Overall: ${pct(report.score.percent)}`) +
      ` (${report.score.passed}/${report.score.assessed} automated controls passed; ${report.counts.PASS} pass, ${report.counts.FAIL} fail, ${report.counts.ERROR} error, ${report.counts.MANUAL} manual, ${report.counts.NOT_APPLICABLE} not applicable)`,
    c.dim('Score = automated controls passed / automated controls assessed (PASS + FAIL + ERROR); see docs/compliance.md.'),
  );
  return `${out.join('\n')}\n`;
}
