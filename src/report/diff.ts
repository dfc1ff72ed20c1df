import Table from 'cli-table3';
import { sanitizeForTerminal } from '../core/sanitize.js';
import type { Finding } from '../engine/finding.js';
import type { InventoryScope } from '../inventory/types.js';
import type { DiffState, ScanDiff } from '../store/repos/diff.js';
import { styleMarker } from './lifecycle.js';
import { palette, severityStyle } from './style.js';
import type { ReportContext } from './types.js';

const SECTIONS: readonly { readonly state: DiffState; readonly title: string }[] = [
  { state: 'new', title: 'NEW: failing now, never failed before' },
  { state: 'regressed', title: 'REGRESSED: failing again after being resolved' },
  { state: 'resolved', title: 'RESOLVED: failing before, passing now' },
  { state: 'gone', title: 'GONE: failing before, resource no longer in the inventory' },
  { state: 'unknown', title: 'UNKNOWN: failing before, could not be assessed now (collection error)' },
];

/** `cspm diff` as a table: one section per kind of change, then the counts. */
export function diffTable(diff: ScanDiff, ctx: Pick<ReportContext, 'color' | 'width'>): string {
  const c = palette(ctx.color);
  const out: string[] = [c.bold(`Changes from scan #${diff.from.id} to #${diff.to.id}`) + c.dim(` · ${scopeLabel(diff.to.scopes)}`)];
  out.push(c.dim(`  #${diff.from.id} finished ${diff.from.finishedAt} · #${diff.to.id} finished ${diff.to.finishedAt}`));
  if (!diff.comparable)
    out.push(c.yellow('  These scans cover different scopes (accounts, regions or checks): findings outside the overlap show as new or gone.'));
  if (!diff.to.complete) out.push(c.yellow(`  Scan #${diff.to.id} is partial: what it could not assess is listed as UNKNOWN, not resolved.`));
  let any = false;
  for (const { state, title } of SECTIONS) {
    const list = diff[state];
    if (list.length === 0) continue;
    any = true;
    out.push('', styleMarker(ctx, state, `${title} (${list.length})`), findingsTable(list, ctx));
  }
  if (!any) out.push('', c.green('No changes in failing findings.'));
  const n = diff.counts;
  out.push(
    '',
    c.bold('Summary: ') +
      `${n.new} new, ${n.regressed} regressed, ${n.resolved} resolved, ${n.gone} gone, ${n.unknown} unknown, ${n.unchanged} still failing; ` +
      `unmuted failures ${diff.from.failing} → ${diff.to.failing} (${signed(diff.to.failing - diff.from.failing)}).`,
  );
  return `${out.join('\n')}\n`;
}

/** `cspm diff --format json`. */
export function diffJson(diff: ScanDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

function findingsTable(findings: readonly Finding[], ctx: Pick<ReportContext, 'color' | 'width'>): string {
  const c = palette(ctx.color);
  const check = Math.min(50, Math.max(7, ...findings.map((f) => f.ruleId.length)) + 2);
  const rest = Math.max(40, Math.max(100, ctx.width) - check - 10 - 6);
  const resource = Math.max(14, Math.floor(rest * 0.35));
  const table = new Table({
    head: ['Severity', 'Check', 'Resource', 'Finding'],
    colWidths: [10, check, resource, rest - resource],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const f of findings) {
    const muted = f.muted ? ' (muted)' : '';
    table.push([
      severityStyle(c, f.severity)(f.severity),
      f.ruleId,
      sanitizeForTerminal(`${f.resource.name} (${f.resource.region})`),
      sanitizeForTerminal(f.message + muted),
    ]);
  }
  return table.toString();
}

export function scopeLabel(scopes: readonly InventoryScope[]): string {
  return sanitizeForTerminal(scopes.map((s) => `${s.provider}:${s.account}${s.regions.length > 0 ? ` (${s.regions.length} region(s))` : ''}`).join(', '));
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0';
}
