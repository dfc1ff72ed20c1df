import { InputError, UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { diffJson, diffTable } from '../../report/diff.js';
import { diffScans } from '../../store/repos/diff.js';
import { getScan, latestOfScope, latestScan } from '../../store/repos/history.js';
import type { Scan } from '../../store/schema.js';
import { dbPath, emit, reportContext, requireChoice, withStore, type CommandContext } from '../context.js';

export interface DiffCommandOptions {
  readonly db?: string;
  readonly format?: string;
  readonly output?: string;
}

/**
 * `cspm diff [A] [B]`: what changed from scan A to scan B. No ids: the latest scan against the
 * previous scan of its scope; only A: A against the latest scan of its scope.
 */
export async function diffCommand(from: number | undefined, to: number | undefined, opts: DiffCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  const path = dbPath(ctx, opts.db);
  const diff = await withStore(path, { mustExist: true }, async (store) => {
    const { a, b } = await pickScans(store.db, from, to, path);
    return diffScans(store.db, a, b);
  });
  const text = format === 'json' ? diffJson(diff) : diffTable(diff, reportContext(ctx, opts.output !== undefined));
  emit(ctx, text, opts.output);
  return ExitCode.OK;
}

async function pickScans(db: Parameters<typeof getScan>[0], from: number | undefined, to: number | undefined, path: string): Promise<{ a: Scan; b: Scan }> {
  const need = async (id: number): Promise<Scan> => {
    const scan = await getScan(db, id);
    if (!scan) throw new InputError(`no scan #${id} in ${path} (see 'cspm history')`);
    return scan;
  };
  if (from !== undefined && to !== undefined) {
    if (from === to) throw new UsageError('give two different scans to compare');
    return { a: await need(from), b: await need(to) };
  }
  if (from !== undefined) {
    const a = await need(from);
    const b = await latestOfScope(db, a.scope_key);
    if (!b || b.id === a.id) throw new InputError(`scan #${a.id} is the latest of its scope: name a second scan to compare with`);
    return { a, b };
  }
  const b = await latestScan(db);
  if (!b) throw new InputError(`no scans stored in ${path}: run 'cspm scan' first`);
  const a = await latestOfScope(db, b.scope_key, b.id);
  if (!a) throw new InputError(`scan #${b.id} is the only scan of its scope: scan again to have something to compare`);
  return { a, b };
}
