import Table from 'cli-table3';
import { sanitizeForTerminal } from '../core/sanitize.js';
import { severityRank } from '../core/types.js';
import type { Finding } from '../engine/finding.js';
import type { LifecycleState } from '../engine/lifecycle.js';
import type { ScanResult } from '../engine/result.js';
import { palette, severityStyle } from './style.js';
import type { ReportContext } from './types.js';

/** The word shown next to a finding in tables; unchanged findings get none, so what moved stands out. */
export function lifecycleMarker(finding: Finding): string {
  const state = finding.lifecycle?.state;
  return state === undefined || state === 'unchanged' ? '' : state.toUpperCase();
}

/** Does any finding carry a lifecycle (the scan was stored and compared)? */
export function hasLifecycle(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.lifecycle !== undefined);
}

export function styleMarker(ctx: Pick<ReportContext, 'color'>, state: LifecycleState | undefined, text: string): string {
  const c = palette(ctx.color);
  if (state === 'new' || state === 'regressed') return c.bold.red(text);
  if (state === 'resolved') return c.green(text);
  if (state === 'gone') return c.cyan(text);
  if (state === 'unknown') return c.yellow(text);
  return text;
}

/**
 * "Since the last scan": one line of counts, then the previous failures that no longer fail here
 * (resolved, gone or unknown), whether the finding is still listed (now passing) or absent.
 */
export function changesSection(result: ScanResult, ctx: ReportContext): string[] {
  const changes = result.changes;
  if (!changes) return [];
  const c = palette(ctx.color);
  if (changes.previousScanId === null) return [c.dim('Since the last scan: this is the first scan of this scope; every finding is new.')];
  const n = changes.counts;
  const lines = [
    c.bold(`Since scan #${changes.previousScanId}: `) +
      `${n.new} new, ${n.regressed} regressed, ${n.unchanged} unchanged, ${n.resolved} resolved, ${n.gone} gone` +
      (n.unknown > 0 ? `, ${n.unknown} unknown (could not be assessed)` : ''),
  ];
  const closed = [
    ...result.findings.filter((f) => f.status !== 'FAIL' && (f.lifecycle?.state === 'resolved' || f.lifecycle?.state === 'unknown')),
    ...changes.absent,
  ];
  if (closed.length === 0) return lines;
  lines.push(c.bold(`RESOLVED OR GONE SINCE THE LAST SCAN (${closed.length})`));
  lines.push(closedTable(closed, ctx));
  return lines;
}

function closedTable(findings: readonly Finding[], ctx: ReportContext): string {
  const c = palette(ctx.color);
  const sorted = [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.ruleId.localeCompare(b.ruleId) || a.resource.name.localeCompare(b.resource.name),
  );
  const check = Math.min(50, Math.max(7, ...sorted.map((f) => f.ruleId.length)) + 2);
  const rest = Math.max(40, Math.max(100, ctx.width) - check - 10 - 10 - 6);
  const resource = Math.max(14, Math.floor(rest * 0.35));
  const table = new Table({
    head: ['State', 'Severity', 'Check', 'Resource', 'Why'],
    colWidths: [10, 10, check, resource, rest - resource],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const f of sorted) {
    const state = f.lifecycle?.state;
    table.push([
      styleMarker(ctx, state, (state ?? '').toUpperCase()),
      severityStyle(c, f.severity)(f.severity),
      f.ruleId,
      sanitizeForTerminal(f.resource.name),
      sanitizeForTerminal(closedReason(f)),
    ]);
  }
  return table.toString();
}

function closedReason(f: Finding): string {
  const state = f.lifecycle?.state;
  if (state === 'gone') return `the resource is no longer in the inventory (last seen failing ${f.lifecycle?.lastSeen ?? 'before'})`;
  if (state === 'unknown') return 'its data could not be collected in this scan: not known to be fixed';
  if (f.status === 'PASS' || f.status === 'NOT_APPLICABLE') return f.message;
  return 'no longer reported for this resource';
}
