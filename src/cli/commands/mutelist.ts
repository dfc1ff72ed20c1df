import Table from 'cli-table3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExitCode } from '../../core/exit-codes.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import { isExpired, loadMutelistFile } from '../../mutelist/load.js';
import { matchCounts } from '../../mutelist/match.js';
import { palette } from '../../report/style.js';
import { readFindings } from '../../store/repos/findings.js';
import { latestScan } from '../../store/repos/history.js';
import { dbPath, requireChoice, withStore, type CommandContext } from '../context.js';

export interface MutelistCheckOptions {
  readonly db?: string;
  readonly format?: string;
}

interface EntryReport {
  readonly index: number;
  readonly line: number;
  readonly rule: string;
  readonly resource: string | null;
  readonly expires: string | null;
  readonly expired: boolean;
  /** Failing findings of the last scan it covers (tags not checked: scans do not store tags); null without a scan. */
  readonly matches: number | null;
  readonly checksTags: boolean;
}

/**
 * `cspm mutelist check FILE`: validates the file (a bad entry: its line and what is wrong, exit 2),
 * then shows each entry with how many failing findings of the last stored scan it covers, so stale
 * entries (matching nothing) and expired ones stand out. Exit 0 when the file is valid.
 */
export async function mutelistCheckCommand(file: string, opts: MutelistCheckOptions, ctx: CommandContext): Promise<ExitCode> {
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  const list = loadMutelistFile(resolve(ctx.deps.cwd, file), ctx.deps.cwd);
  const path = dbPath(ctx, opts.db);
  const last =
    path !== ':memory:' && !existsSync(path)
      ? null
      : await withStore(path, {}, async (store) => {
          const scan = await latestScan(store.db);
          if (!scan) return null;
          const { findings } = await readFindings(store.db, { id: scan.id, scopeKey: scan.scope_key, collectedAt: scan.collected_at }, [], null);
          return { id: scan.id, failing: findings.filter((f) => f.status === 'FAIL') };
        });
  const counts = last ? matchCounts(list, last.failing, null) : null;
  const now = ctx.deps.now();
  const entries: EntryReport[] = list.mutes.map((m) => ({
    index: m.index,
    line: m.line,
    rule: m.entry.rule,
    resource: m.entry.resource ?? null,
    expires: m.entry.expires ?? null,
    expired: isExpired(m, now),
    matches: counts ? (counts.get(m) ?? 0) : null,
    checksTags: m.entry.tags !== undefined,
  }));

  if (format === 'json') {
    ctx.deps.stdout.write(`${JSON.stringify({ file: list.path, valid: true, scanId: last?.id ?? null, entries }, null, 2)}\n`);
    return ExitCode.OK;
  }
  const c = palette(ctx.colorOut);
  const out = [c.bold(`${sanitizeForTerminal(list.path)}: valid, ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`)];
  if (entries.length > 0) {
    const table = new Table({
      head: ['#', 'Line', 'Rule', 'Resource', 'Expires', `Matches${last ? ` (scan #${last.id})` : ''}`],
      style: { head: [], border: [], compact: true },
    });
    for (const e of entries) {
      const expires = e.expires === null ? 'never' : e.expired ? c.red(`${e.expires} (expired)`) : e.expires;
      const matches = e.matches === null ? '-' : e.matches === 0 ? c.yellow('0: matches nothing') : `${e.matches}${e.checksTags ? ' (tags not checked)' : ''}`;
      table.push([e.index, e.line, sanitizeForTerminal(e.rule), sanitizeForTerminal(e.resource ?? '*'), expires, matches]);
    }
    out.push(table.toString());
  }
  if (!last) out.push(c.dim(`No stored scan in ${path} to check the entries against.`));
  const unused = entries.filter((e) => e.matches === 0).length;
  const expired = entries.filter((e) => e.expired).length;
  if (unused > 0)
    out.push(c.yellow(`${unused} entr${unused === 1 ? 'y matches' : 'ies match'} no failing finding of scan #${last?.id ?? '?'}: remove or fix them.`));
  if (expired > 0) out.push(c.red(`${expired} entr${expired === 1 ? 'y has' : 'ies have'} expired and no longer mute.`));
  ctx.deps.stdout.write(`${out.join('\n')}\n`);
  return ExitCode.OK;
}
