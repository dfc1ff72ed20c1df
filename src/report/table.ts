import Table from 'cli-table3';
import type { ComplianceReport } from '../compliance/evaluate.js';
import { sanitizeForTerminal } from '../core/sanitize.js';
import { SEVERITIES, type Severity } from '../core/types.js';
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/result.js';
import type { CollectionError } from '../inventory/types.js';
import { changesSection, hasLifecycle, lifecycleMarker, styleMarker } from './lifecycle.js';
import { palette, severityStyle } from './style.js';
import type { ReportContext, Reporter } from './types.js';

/**
 * The human report: a header naming what was scanned, failing findings grouped by severity
 * (resource, region, one-line message), what could not be collected, muted findings, the
 * compliance summary and the totals. Every untrusted string is stripped of control characters.
 */
export const tableReporter: Reporter = (result, ctx) => {
  const c = palette(ctx.color);
  const out: string[] = [];
  out.push(...header(result, ctx));

  const failing = result.findings.filter((f) => f.status === 'FAIL' && f.muted === null);
  if (failing.length === 0) out.push('', c.green('No failing checks.'));
  for (const severity of SEVERITIES) {
    const group = sortFindings(failing.filter((f) => f.severity === severity));
    if (group.length === 0) continue;
    out.push('', severityStyle(c, severity)(`${severity.toUpperCase()} (${group.length})`));
    out.push(findingTable(group, ctx));
  }

  const errored = result.findings.filter((f) => f.status === 'ERROR');
  if (errored.length > 0) {
    out.push('', c.bold.red(`ERROR: ${errored.length} check result(s) could not be assessed`));
    out.push(findingTable(sortFindings(errored), ctx));
  }
  if (result.errors.length > 0) out.push('', ...collectionErrors(result.errors, ctx));

  const muted = result.findings.filter((f) => f.status === 'FAIL' && f.muted !== null);
  if (muted.length > 0) {
    out.push('', c.dim(`MUTED (${muted.length}): failing but suppressed; not counted by the exit code`));
    out.push(mutedTable(sortFindings(muted), ctx));
  }

  const changes = changesSection(result, ctx);
  if (changes.length > 0) out.push('', ...changes);
  for (const report of result.compliance) out.push('', ...complianceSummary(report, ctx));
  out.push('', ...totals(result, ctx));
  return `${out.join('\n')}\n`;
};

function header(result: ScanResult, ctx: ReportContext): string[] {
  const c = palette(ctx.color);
  const { scan } = result;
  const lines = [
    c.bold(`cspm ${scan.toolVersion} scan${scan.id === null ? '' : ` #${scan.id}`}`) + c.dim(` · ${sourceLabel(scan.source)} · collected ${scan.collectedAt}`),
  ];
  for (const scope of scan.scopes) {
    const name = scope.displayName ? ` (${safe(scope.displayName)})` : '';
    const regions = scope.regions.length > 0 ? ` · ${scope.regions.length} region(s): ${scope.regions.map(safe).join(', ')}` : '';
    lines.push(`${scope.provider.toUpperCase()} ${safe(scope.account)}${name}${regions}`);
    if (scope.principal) lines.push(c.dim(`  as ${safe(scope.principal)}`));
  }
  if (!scan.complete) lines.push(c.bold.red('PARTIAL RESULTS: some data could not be collected (see below); exit code 3.'));
  return lines;
}

function sourceLabel(source: ScanResult['scan']['source']): string {
  if (source === 'demo') return 'bundled demo inventory';
  if (source === 'input') return 'saved inventory';
  return 'live collection';
}

function findingTable(findings: readonly Finding[], ctx: ReportContext): string {
  // Check ids and regions are never wrapped; resource and message share what is left.
  const check = Math.min(50, Math.max(7, ...findings.map((f) => f.ruleId.length)) + 2);
  const region = Math.min(18, Math.max(8, ...findings.map((f) => f.resource.region.length)) + 2);
  // Stored scans lead with the lifecycle state (NEW, REGRESSED; blank when unchanged).
  const state = hasLifecycle(findings) ? 11 : 0;
  const rest = Math.max(40, Math.max(100, ctx.width) - check - region - state - (state ? 6 : 5));
  const resource = Math.max(14, Math.floor(rest * 0.3));
  const table = new Table({
    head: [...(state ? ['State'] : []), 'Check', 'Resource', 'Region', 'Finding'],
    colWidths: [...(state ? [state] : []), check, resource, region, rest - resource],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const f of findings) {
    const marker = state ? [styleMarker(ctx, f.lifecycle?.state, lifecycleMarker(f))] : [];
    table.push([...marker, f.ruleId, safe(f.resource.name), safe(f.resource.region), safe(f.message)]);
  }
  return table.toString();
}

function mutedTable(findings: readonly Finding[], ctx: ReportContext): string {
  const widths = columnWidths(ctx.width, [0.3, 0.3, 0.4]);
  const table = new Table({
    head: ['Check', 'Resource', 'Reason'],
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const f of findings) {
    const expires = f.muted?.expires ? ` (until ${f.muted.expires})` : '';
    table.push([f.ruleId, safe(f.resource.name), safe(`${f.muted?.reason ?? ''}${expires}`)]);
  }
  return table.toString();
}

function collectionErrors(errors: readonly CollectionError[], ctx: ReportContext): string[] {
  const c = palette(ctx.color);
  const lines = [c.bold.red(`COULD NOT COLLECT (${errors.length}): the checks that need this data report ERROR, never PASS`)];
  const widths = columnWidths(ctx.width, [0.3, 0.14, 0.16, 0.4]);
  const table = new Table({
    head: ['API call (permission)', 'Region', 'Error', 'Message'],
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const e of errors) table.push([safe(e.action), safe(e.region), safe(e.code), safe(e.message)]);
  lines.push(table.toString());
  return lines;
}

function complianceSummary(report: ComplianceReport, ctx: ReportContext): string[] {
  const c = palette(ctx.color);
  const pct = report.score.percent === null ? 'n/a' : `${report.score.percent.toFixed(1)}%`;
  const automated = report.countsByAssessment.automated;
  const manual = Object.values(report.countsByAssessment.manual).reduce((sum, n) => sum + n, 0);
  const lines = [
    c.bold(`Compliance: ${report.framework.name} v${report.framework.version}: ${pct}`) +
      ` (${report.score.passed}/${report.score.assessed} automated controls passed, ${automated.FAIL} failing, ${automated.ERROR} could not be assessed; ${manual} manual controls, not scored)`,
  ];
  for (const section of report.sections) {
    const spct = section.percent === null ? '  n/a ' : `${section.percent.toFixed(1).padStart(5)}%`;
    lines.push(`  ${spct}  ${section.id.padEnd(3)} ${section.title} (${section.passed}/${section.assessed})`);
  }
  lines.push(c.dim(`  Details: cspm compliance --framework ${report.framework.id}`));
  return lines;
}

function totals(result: ScanResult, ctx: ReportContext): string[] {
  const c = palette(ctx.color);
  const s = result.summary;
  const bySeverity = SEVERITIES.filter((sev) => s.failingBySeverity[sev] > 0)
    .map((sev: Severity) => severityStyle(c, sev)(`${s.failingBySeverity[sev]} ${sev}`))
    .join(', ');
  const resources = `${result.scan.resourceCount} resources, ${result.scan.rules.length} checks`;
  return [
    c.bold('Summary: ') +
      `${resources}: ${s.byStatus.FAIL - s.muted} failing${bySeverity ? ` (${bySeverity})` : ''}, ${s.byStatus.PASS} passing, ${s.byStatus.ERROR} could not be assessed, ${s.muted} muted, ${s.byStatus.NOT_APPLICABLE} not applicable.`,
    c.dim('Explain a check and how to fix it: cspm rules show <check>'),
  ];
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.ruleId.localeCompare(b.ruleId) ||
      a.resource.account.localeCompare(b.resource.account) ||
      a.resource.region.localeCompare(b.resource.region) ||
      a.resource.name.localeCompare(b.resource.name) ||
      (a.findingKey ?? '').localeCompare(b.findingKey ?? ''),
  );
}

function columnWidths(total: number, shares: readonly number[]): number[] {
  const usable = Math.max(60, total) - (shares.length + 1);
  return shares.map((share) => Math.max(10, Math.floor(usable * share)));
}

function safe(text: string): string {
  return sanitizeForTerminal(text);
}
