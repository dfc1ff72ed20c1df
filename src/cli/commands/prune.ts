import { statSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { pruneScans, vacuum } from '../../store/repos/prune.js';
import { dbPath, withStore, type CommandContext } from '../context.js';

export interface PruneCommandOptions {
  readonly db?: string;
  readonly keep?: number;
  readonly olderThan?: number;
  readonly vacuum?: boolean;
  readonly dryRun?: boolean;
}

const DAY_MS = 86_400_000;

/**
 * `cspm prune --keep N | --older-than DAYS [--vacuum] [--dry-run]`: deletes old scans in one
 * transaction (never a baseline scan), then optionally VACUUMs the file.
 */
export async function pruneCommand(opts: PruneCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  if ((opts.keep === undefined) === (opts.olderThan === undefined)) throw new UsageError('give one of --keep N (newest scans per scope) and --older-than DAYS');
  const path = dbPath(ctx, opts.db);
  const before = opts.olderThan === undefined ? undefined : new Date(ctx.deps.now().getTime() - opts.olderThan * DAY_MS);
  const sizeBefore = fileSize(path);
  const result = await withStore(path, { mustExist: true }, async (store) => {
    const pruned = await pruneScans(store.db, {
      ...(opts.keep === undefined ? {} : { keep: opts.keep }),
      ...(before === undefined ? {} : { before }),
      dryRun: opts.dryRun === true,
    });
    if (opts.vacuum && !opts.dryRun) await vacuum(store.db);
    return pruned;
  });
  const verb = opts.dryRun ? 'Would delete' : 'Deleted';
  const ids =
    result.scans.length > 10
      ? `${result.scans
          .slice(0, 10)
          .map((id) => `#${id}`)
          .join(', ')}, ...`
      : result.scans.map((id) => `#${id}`).join(', ');
  ctx.deps.stdout.write(`${verb} ${result.scans.length} scan(s)${ids ? ` (${ids})` : ''} and ${result.findingRows} finding version(s) no other scan uses.\n`);
  if (result.keptBaselines.length > 0)
    ctx.deps.stdout.write(`Kept baseline scan(s) ${result.keptBaselines.map((id) => `#${id}`).join(', ')} ('cspm baseline clear' to let them go).\n`);
  if (opts.vacuum && !opts.dryRun && sizeBefore !== null) {
    ctx.deps.stdout.write(`Database ${path}: ${mib(sizeBefore)} → ${mib(fileSize(path) ?? 0)}.\n`);
  }
  return ExitCode.OK;
}

function fileSize(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
