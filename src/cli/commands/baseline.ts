import Table from 'cli-table3';
import { InputError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import type { InventoryScope } from '../../inventory/types.js';
import { scopeLabel } from '../../report/diff.js';
import { clearBaseline, listBaselines, setBaseline } from '../../store/repos/scan-baselines.js';
import { getScan, latestScan } from '../../store/repos/history.js';
import type { Scan } from '../../store/schema.js';
import type { Store } from '../../store/db.js';
import { dbPath, requireChoice, withStore, type CommandContext } from '../context.js';

export interface BaselineCommandOptions {
  readonly db?: string;
  readonly format?: string;
}

async function chosenScan(store: Store, scanId: number | undefined, path: string): Promise<Scan> {
  const scan = scanId === undefined ? await latestScan(store.db) : await getScan(store.db, scanId);
  if (!scan)
    throw new InputError(scanId === undefined ? `no scans stored in ${path}: run 'cspm scan' first` : `no scan #${scanId} in ${path} (see 'cspm history')`);
  return scan;
}

/** `cspm baseline set [SCAN_ID]`: the accepted scan of its scope (default: the latest) for --fail-on-new. */
export async function baselineSetCommand(scanId: number | undefined, opts: BaselineCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const path = dbPath(ctx, opts.db);
  const scan = await withStore(path, { mustExist: true }, async (store) => {
    const chosen = await chosenScan(store, scanId, path);
    await setBaseline(store.db, chosen.id, chosen.scope_key, ctx.deps.now());
    return chosen;
  });
  ctx.deps.stdout.write(`Baseline of ${scopeLabel(JSON.parse(scan.scopes_json) as InventoryScope[])} [scope ${scan.scope_key}] is now scan #${scan.id}.\n`);
  return ExitCode.OK;
}

/** `cspm baseline clear [SCAN_ID]`: forget the baseline of that scan's scope (default: the latest scan's). */
export async function baselineClearCommand(scanId: number | undefined, opts: BaselineCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const path = dbPath(ctx, opts.db);
  const { scan, cleared } = await withStore(path, { mustExist: true }, async (store) => {
    const chosen = await chosenScan(store, scanId, path);
    return { scan: chosen, cleared: await clearBaseline(store.db, chosen.scope_key) };
  });
  ctx.deps.stdout.write(cleared ? `Baseline of scope ${scan.scope_key} cleared.\n` : `Scope ${scan.scope_key} had no baseline.\n`);
  return ExitCode.OK;
}

/** `cspm baseline show`: every scope's baseline scan. */
export async function baselineShowCommand(opts: BaselineCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  const path = dbPath(ctx, opts.db);
  const rows = await withStore(path, { mustExist: true }, async (store) => {
    const baselines = await listBaselines(store.db);
    return Promise.all(baselines.map(async (b) => ({ ...b, scan: await getScan(store.db, b.scanId) })));
  });
  if (format === 'json') {
    ctx.deps.stdout.write(
      `${JSON.stringify(
        rows.map((r) => ({ scopeKey: r.scopeKey, scanId: r.scanId, setAt: r.setAt })),
        null,
        2,
      )}\n`,
    );
    return ExitCode.OK;
  }
  if (rows.length === 0) {
    ctx.logger.info("No baselines set: 'cspm baseline set [SCAN_ID]' accepts a scan.");
    return ExitCode.OK;
  }
  const table = new Table({ head: ['Scope', 'Key', 'Baseline scan', 'Finished (UTC)', 'Set at'], style: { head: [], border: [], compact: true } });
  for (const r of rows) {
    table.push([r.scan ? scopeLabel(JSON.parse(r.scan.scopes_json) as InventoryScope[]) : '?', r.scopeKey, `#${r.scanId}`, r.scan?.finished_at ?? '', r.setAt]);
  }
  ctx.deps.stdout.write(`${table.toString()}\n`);
  return ExitCode.OK;
}
