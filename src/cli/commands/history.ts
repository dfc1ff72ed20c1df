import Table from 'cli-table3';
import { ExitCode } from '../../core/exit-codes.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { InventoryScope } from '../../inventory/types.js';
import { palette } from '../../report/style.js';
import { listScans } from '../../store/repos/scans.js';
import type { Scan } from '../../store/schema.js';
import { dbPath, requireChoice, withStore, type CommandContext } from '../context.js';
import { existsSync } from 'node:fs';

export interface HistoryCommandOptions {
  readonly db?: string;
  readonly limit?: number;
  readonly format?: string;
}

/** `cspm history`: stored scans, newest first, with failing counts per severity. */
export async function historyCommand(opts: HistoryCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  const path = dbPath(ctx, opts.db);
  if (path !== ':memory:' && !existsSync(path)) {
    if (format === 'json') ctx.deps.stdout.write('[]\n');
    else ctx.logger.info(`No scans stored yet in ${path}: run 'cspm scan'.`);
    return ExitCode.OK;
  }
  const scans = await withStore(path, { mustExist: true }, (store) => listScans(store.db, { limit: opts.limit ?? 20 }));
  if (format === 'json') {
    ctx.deps.stdout.write(`${JSON.stringify(scans.map(historyEntry), null, 2)}\n`);
    return ExitCode.OK;
  }
  if (scans.length === 0) {
    ctx.logger.info(`No scans stored yet in ${path}: run 'cspm scan'.`);
    return ExitCode.OK;
  }
  const c = palette(ctx.colorOut);
  const table = new Table({
    head: ['Scan', 'Finished (UTC)', 'Source', 'Scope', 'Resources', 'Crit', 'High', 'Med', 'Low', 'Complete'],
    style: { head: [], border: [], compact: true },
  });
  for (const scan of scans) {
    table.push([
      `#${scan.id}`,
      scan.finished_at.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
      scan.source,
      sanitizeForTerminal(scopeLabel(JSON.parse(scan.scopes_json) as InventoryScope[])),
      scan.resource_count,
      scan.failing_critical,
      scan.failing_high,
      scan.failing_medium,
      scan.failing_low,
      scan.complete === 1 ? 'yes' : c.red('partial'),
    ]);
  }
  ctx.deps.stdout.write(`${table.toString()}\n`);
  return ExitCode.OK;
}

function scopeLabel(scopes: readonly InventoryScope[]): string {
  return scopes.map((s) => `${s.provider}:${s.account}`).join(', ');
}

function historyEntry(scan: Scan): Record<string, unknown> {
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
    failingBySeverity: {
      critical: scan.failing_critical,
      high: scan.failing_high,
      medium: scan.failing_medium,
      low: scan.failing_low,
      info: scan.failing_info,
    },
  };
}
