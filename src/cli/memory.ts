/**
 * What `cspm scan` needs from history: the mutelist to apply, the warnings for expired entries, and
 * which failures --fail-on-new / --baseline FILE count.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Finding } from '../engine/finding.js';
import { isNewFailure } from '../engine/lifecycle.js';
import type { ScanResult } from '../engine/result.js';
import type { Inventory } from '../inventory/inventory.js';
import { loadMutelistFile, type Mutelist } from '../mutelist/load.js';
import { compileMute, createMuter, type Muter } from '../mutelist/match.js';
import { failingFingerprints, getBaseline } from '../store/repos/scan-baselines.js';
import { latestOfScope } from '../store/repos/history.js';
import { loadBaselineReport, type BaselineReport } from './baseline-file.js';
import { withStore, type CommandContext } from './context.js';

/** The files a scan reads for history, loaded before collection so a bad one fails fast (exit 2). */
export interface ScanMemoryInputs {
  readonly mutelist: Mutelist | null;
  readonly baseline: BaselineReport | null;
}

export function loadScanMemoryInputs(opts: { readonly mutelist?: string; readonly baseline?: string }, ctx: CommandContext): ScanMemoryInputs {
  return {
    mutelist: scanMutelist(opts.mutelist, ctx),
    baseline: opts.baseline === undefined ? null : loadBaselineReport(resolve(ctx.deps.cwd, opts.baseline)),
  };
}

/** --mutelist FILE, else the config file's `mutelist` (relative to the config file), else none. */
export function scanMutelist(flag: string | undefined, ctx: CommandContext): Mutelist | null {
  if (flag !== undefined) return loadMutelistFile(resolve(ctx.deps.cwd, flag), ctx.deps.cwd);
  const configured = ctx.config.values.mutelist;
  if (configured === undefined) return null;
  const base = ctx.config.path === null ? ctx.deps.cwd : dirname(ctx.config.path);
  return loadMutelistFile(resolve(base, configured), ctx.deps.cwd);
}

/** The runScan `mute` hook for an inventory: tags come from the inventory, time from the clock. */
export function muterFor(list: Mutelist | null, inventory: Inventory, ctx: CommandContext): Muter | null {
  if (!list) return null;
  return createMuter(list, ctx.deps.now(), (id) => inventory.get(id)?.tags);
}

/** One warning per expired entry, saying how many failures it would have muted and now count. */
export function warnExpiredMutes(muter: Muter | null, result: ScanResult, inventory: Inventory, ctx: CommandContext): void {
  if (!muter) return;
  const failing = result.findings.filter((f) => f.status === 'FAIL' && f.muted === null);
  for (const mute of muter.expired) {
    const compiled = compileMute(mute);
    const n = failing.filter((f) => compiled.matches(f, (id) => inventory.get(id)?.tags)).length;
    ctx.logger.warn(
      `mutelist ${mute.source}: entry ${mute.index} (${mute.entry.rule}) expired on ${mute.entry.expires ?? '?'} and no longer mutes` +
        (n > 0 ? ` (${n} failing finding(s) count again)` : ''),
    );
  }
}

export interface NewFailureOptions {
  readonly failOnNew: boolean;
  readonly baseline: BaselineReport | null;
  readonly dbPath: string;
  readonly stored: boolean;
  readonly quiet: boolean;
}

/**
 * The gate's `counts` predicate for --fail-on-new: only failures absent from the reference count.
 * The reference is the --baseline FILE report, else the scope's baseline scan (`cspm baseline set`),
 * else the previous scan of the scope (the finding's lifecycle: new or regressed). With none at all,
 * every failure is new. Undefined: count every failure (no --fail-on-new).
 */
export async function newFailureFilter(result: ScanResult, opts: NewFailureOptions, ctx: CommandContext): Promise<((f: Finding) => boolean) | undefined> {
  if (!opts.failOnNew && opts.baseline === null) return undefined;
  const note = (message: string): void => {
    if (!opts.quiet) ctx.logger.info(message);
  };
  const report = opts.baseline;
  if (report !== null) {
    if (report.scopeKey !== null && report.scopeKey !== result.scan.scopeKey)
      ctx.logger.warn(`baseline report ${report.path} covers another scope (accounts, regions or checks differ): more failures may count as new`);
    note(`Gating on failures not in the baseline report ${report.path} (${report.failing.size} failing there).`);
    return (f) => !report.failing.has(f.fingerprint);
  }
  const scopeKey = result.scan.scopeKey;
  const reference =
    opts.dbPath === ':memory:' || !existsSync(opts.dbPath)
      ? undefined
      : await withStore(opts.dbPath, {}, async (store) => {
          const baseline = await getBaseline(store.db, scopeKey);
          if (baseline && baseline.scanId !== result.scan.id) {
            return { label: `baseline scan #${baseline.scanId}`, failing: await failingFingerprints(store.db, { id: baseline.scanId, scopeKey }) };
          }
          if (opts.stored) return undefined;
          const previous = await latestOfScope(store.db, scopeKey);
          return previous ? { label: `previous scan #${previous.id}`, failing: await failingFingerprints(store.db, { id: previous.id, scopeKey }) } : undefined;
        });
  if (reference) {
    note(`Gating on failures not in the ${reference.label}.`);
    return (f) => !reference.failing.has(f.fingerprint);
  }
  const previousId = result.changes?.previousScanId ?? null;
  if (previousId === null) {
    note('--fail-on-new: no earlier scan of this scope and no baseline, so every failure counts as new.');
    return () => true;
  }
  note(`Gating on failures new or regressed since scan #${previousId}.`);
  return isNewFailure;
}
