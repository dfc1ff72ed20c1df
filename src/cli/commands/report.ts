import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-codes.js';
import { exitCodeFor, type FailOn } from '../../engine/gate.js';
import { latestScanId, loadScan } from '../../store/repos/scans.js';
import { dbPath, requireChoice, withStore, type CommandContext } from '../context.js';
import { FAIL_ON_CHOICES } from '../options.js';
import { resolveOutputPlan, writeReports } from '../output.js';

export interface ReportCommandOptions {
  readonly format?: string;
  readonly output?: string;
  readonly outputDir?: string;
  readonly sarifAnchor?: string;
  readonly db?: string;
  readonly failOn?: string;
}

/** `cspm report [SCAN_ID]`: re-renders a stored scan (default: the latest) exactly as `cspm scan` did. */
export async function reportCommand(scanId: number | undefined, opts: ReportCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const outputs = resolveOutputPlan(opts, ctx);
  const failOn: FailOn = requireChoice(opts.failOn ?? ctx.config.values.failOn ?? 'none', FAIL_ON_CHOICES, '--fail-on');
  const path = dbPath(ctx, opts.db);
  const result = await withStore(path, { mustExist: true }, async (store) => {
    const id = scanId ?? (await latestScanId(store.db));
    if (id === undefined) throw new InputError(`no scans stored in ${path}: run 'cspm scan' first`);
    const found = await loadScan(store.db, id);
    if (!found) throw new InputError(`no scan #${id} in ${path} (see 'cspm history')`);
    return found;
  });
  await writeReports(ctx, result, outputs, { dbPath: path });
  return exitCodeFor(result, { failOn });
}
