import Table from 'cli-table3';
import { existsSync } from 'node:fs';
import { ExitCode } from '../../core/exit-codes.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { InventoryScope } from '../../inventory/types.js';
import { signed } from '../../report/diff.js';
import { palette } from '../../report/style.js';
import { changeCounts, failingBySeverity, failingTotal, listHistory, type HistoryEntry } from '../../store/repos/history.js';
import { dbPath, requireChoice, withStore, type CommandContext } from '../context.js';

export interface HistoryCommandOptions {
  readonly db?: string;
  readonly limit?: number;
  readonly format?: string;
  readonly scope?: string;
}

/**
 * `cspm history`: stored scans, newest first, with unmuted failures per severity, the change
 * against the previous scan of the same scope (new, resolved, gone), the compliance score, and a
 * trend line per scope.
 */
export async function historyCommand(opts: HistoryCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  const path = dbPath(ctx, opts.db);
  if (path !== ':memory:' && !existsSync(path)) {
    if (format === 'json') ctx.deps.stdout.write('[]\n');
    else ctx.logger.info(`No scans stored yet in ${path}: run 'cspm scan'.`);
    return ExitCode.OK;
  }
  const entries = await withStore(path, { mustExist: true }, (store) =>
    listHistory(store.db, { limit: opts.limit ?? 20, ...(opts.scope === undefined ? {} : { scopeKey: opts.scope }) }),
  );
  if (format === 'json') {
    ctx.deps.stdout.write(`${JSON.stringify(entries.map(historyEntry), null, 2)}\n`);
    return ExitCode.OK;
  }
  if (entries.length === 0) {
    ctx.logger.info(`No scans stored yet in ${path}: run 'cspm scan'.`);
    return ExitCode.OK;
  }
  const c = palette(ctx.colorOut);
  const deltas = failingDeltas(entries);
  const table = new Table({
    head: ['Scan', 'Finished (UTC)', 'Scope', 'Resources', 'Crit', 'High', 'Med', 'Low', 'Failing', 'New', 'Resolved', 'Gone', 'Compliance', 'Complete'],
    style: { head: [], border: [], compact: true },
  });
  for (const { scan, compliance } of entries) {
    const changes = changeCounts(scan);
    const delta = deltas.get(scan.id);
    const newCount = changes ? changes.new + changes.regressed : null;
    table.push([
      `#${scan.id}`,
      scan.finished_at.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
      sanitizeForTerminal(scopeLabel(JSON.parse(scan.scopes_json) as InventoryScope[])),
      scan.resource_count,
      scan.failing_critical,
      scan.failing_high,
      scan.failing_medium,
      scan.failing_low,
      `${failingTotal(scan)}${delta === undefined ? '' : ` (${signed(delta)})`}`,
      newCount === null ? '' : newCount > 0 ? c.red(`+${newCount}`) : '0',
      changes === null ? '' : changes.resolved > 0 ? c.green(`-${changes.resolved}`) : '0',
      changes === null ? '' : String(changes.gone),
      compliance.map((s) => `${s.percent === null ? 'n/a' : `${s.percent.toFixed(1)}%`}${compliance.length > 1 ? ` ${s.frameworkId}` : ''}`).join(', '),
      scan.complete === 1 ? 'yes' : c.red('partial'),
    ]);
  }
  const out = [table.toString(), '', ...trendLines(entries, ctx)];
  ctx.deps.stdout.write(`${out.join('\n')}\n`);
  return ExitCode.OK;
}

/** Change in unmuted failures against the previous listed scan of the same scope. */
function failingDeltas(entries: readonly HistoryEntry[]): Map<number, number> {
  const deltas = new Map<number, number>();
  const older = new Map<string, number>();
  for (const { scan } of [...entries].reverse()) {
    const before = older.get(scan.scope_key);
    if (before !== undefined) deltas.set(scan.id, failingTotal(scan) - before);
    older.set(scan.scope_key, failingTotal(scan));
  }
  return deltas;
}

const BARS = '▁▂▃▄▅▆▇█';

/** One line per scope: unmuted failures over the listed scans, oldest to newest, and the score. */
function trendLines(entries: readonly HistoryEntry[], ctx: CommandContext): string[] {
  const c = palette(ctx.colorOut);
  const byScope = new Map<string, HistoryEntry[]>();
  for (const entry of [...entries].reverse()) byScope.set(entry.scan.scope_key, [...(byScope.get(entry.scan.scope_key) ?? []), entry]);
  const lines = [c.bold('Trend (unmuted failures, oldest → newest)')];
  for (const [key, list] of byScope) {
    const totals = list.map((e) => failingTotal(e.scan));
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) continue;
    const scores = [first, last].map((e) => e.compliance[0]?.percent ?? null);
    const score =
      scores[0] !== null && scores[1] !== null && scores[0] !== undefined && scores[1] !== undefined
        ? `; compliance ${scores[0].toFixed(1)}% → ${scores[1].toFixed(1)}%`
        : '';
    lines.push(
      `  ${sanitizeForTerminal(scopeLabel(JSON.parse(last.scan.scopes_json) as InventoryScope[]))} [${key}]: ${sparkline(totals)}  ` +
        `${totals[0]} → ${totals[totals.length - 1]} over ${list.length} scan(s)${score}`,
    );
  }
  return lines;
}

export function sparkline(values: readonly number[]): string {
  const max = Math.max(...values);
  const min = Math.min(...values);
  return values.map((v) => BARS[max === min ? (max === 0 ? 0 : 3) : Math.round(((v - min) / (max - min)) * (BARS.length - 1))] ?? '').join('');
}

function scopeLabel(scopes: readonly InventoryScope[]): string {
  return scopes.map((s) => `${s.provider}:${s.account}`).join(', ');
}

function historyEntry({ scan, compliance }: HistoryEntry): Record<string, unknown> {
  return {
    id: scan.id,
    startedAt: scan.started_at,
    finishedAt: scan.finished_at,
    collectedAt: scan.collected_at,
    source: scan.source,
    scopes: JSON.parse(scan.scopes_json) as unknown,
    scopeKey: scan.scope_key,
    complete: scan.complete === 1,
    resourceCount: scan.resource_count,
    failingBySeverity: failingBySeverity(scan),
    failing: failingTotal(scan),
    previousScanId: scan.previous_scan_id,
    changes: changeCounts(scan),
    compliance,
  };
}
