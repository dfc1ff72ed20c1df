import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { ExitCode, worstExitCode } from '../../core/exit-codes.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import { atOrAbove } from '../../core/types.js';
import { toolVersion } from '../../core/version.js';
import { globMatcher } from '../../core/glob.js';
import type { StoredAlert } from '../../detect/alert.js';
import type { AnyDetector } from '../../detect/detector.js';
import { allDetectors } from '../../detect/detectors/index.js';
import { runDetection } from '../../detect/engine.js';
import { buildModel } from '../../detect/model/index.js';
import { ALERT_FORMATS, alertReporters } from '../../detect/report/index.js';
import type { DetectionSummary } from '../../detect/report/types.js';
import { openSources, type SourceDeps } from '../../detect/sources/index.js';
import { parseTimeSpec } from '../../detect/time.js';
import { saveAlerts } from '../../store/repos/alerts.js';
import { loadBaseline, saveBaseline } from '../../store/repos/baselines.js';
import { dbPath, emit, requireChoice, withStore, type CommandContext } from '../context.js';
import { FAIL_ON_CHOICES } from '../options.js';

export interface DetectCommandOptions {
  readonly format?: string;
  readonly output?: string;
  readonly failOn?: string;
  readonly db?: string;
  readonly since?: string;
  readonly until?: string;
  readonly lookup?: boolean;
  readonly subscription?: string;
  readonly regions?: readonly string[];
  readonly profile?: string;
  readonly region?: string;
  readonly learn?: boolean;
  readonly updateBaseline?: boolean;
  readonly detectors?: readonly string[];
  readonly quiet?: boolean;
}

export interface DetectDeps extends Omit<SourceDeps, 'now'> {
  readonly detectors?: readonly AnyDetector[];
}

/**
 * `cspm detect [logs...]`: read CloudTrail / Azure Activity Log events (files, folders, S3,
 * LookupEvents, the Monitor API), run the detectors and the learned baselines, store the alerts
 * (deduplicated) and the updated baselines, print the alerts. `--learn` only learns.
 * Exit: 1 when open alerts at or above --fail-on remain, 3 when a cloud call failed.
 */
export async function detectCommand(inputs: readonly string[], opts: DetectCommandOptions, ctx: CommandContext, deps: DetectDeps = {}): Promise<ExitCode> {
  const format = requireChoice(opts.format ?? 'table', ALERT_FORMATS, '--format');
  const failOn = requireChoice(opts.failOn ?? 'none', FAIL_ON_CHOICES, '--fail-on');
  const now = ctx.deps.now();
  const learn = opts.learn === true;
  if (learn && opts.updateBaseline === false) throw new UsageError('--learn and --no-update-baseline contradict each other');
  const detectors = selectDetectors(deps.detectors ?? allDetectors, opts.detectors);
  const path = dbPath(ctx, opts.db);
  const sources = openSources(
    {
      inputs: inputs.map((i) => (i.startsWith('s3://') ? i : resolve(ctx.deps.cwd, i))),
      lookup: opts.lookup === true,
      subscription: opts.subscription ?? null,
      since: opts.since !== undefined ? parseTimeSpec(opts.since, now, '--since') : null,
      until: opts.until !== undefined ? parseTimeSpec(opts.until, now, '--until') : null,
      regions: opts.regions ?? null,
      profile: opts.profile,
      region: opts.region,
    },
    { ...deps, now: ctx.deps.now },
  );

  return withStore(path, {}, async (store) => {
    const baseline = await loadBaseline(store.db);
    const before = { principals: baseline.profiles.size, learnedWindows: baseline.learnedWindows };
    const model = learn ? null : buildModel(baseline);
    if (!opts.quiet) ctx.logger.info(`${learn ? 'Learning from' : 'Detecting in'} ${sources.label}...`);
    const result = await runDetection(sources.events, {
      detectors,
      baseline,
      mode: learn ? 'learn' : 'detect',
      updateBaseline: opts.updateBaseline !== false,
      model,
    });
    const saved = learn ? { inserted: 0, updated: 0, stored: [] as StoredAlert[] } : await saveAlerts(store.db, result.alerts, ctx.deps.now());
    if (learn || opts.updateBaseline !== false) await saveBaseline(store.db, baseline, ctx.deps.now());

    const summary: DetectionSummary = {
      source: sources.label,
      events: result.stats.events,
      files: sources.stats.files,
      skipped: sources.stats.skipped,
      firstEvent: result.stats.firstEvent === null ? null : new Date(result.stats.firstEvent).toISOString(),
      lastEvent: result.stats.lastEvent === null ? null : new Date(result.stats.lastEvent).toISOString(),
      principals: result.stats.principals,
      windows: result.stats.windows,
      windowsLearned: result.stats.windowsLearned,
      baseline: {
        ...(learn ? { principals: baseline.profiles.size, learnedWindows: baseline.learnedWindows } : before),
        modelTrainedOn: model?.trainedOn ?? null,
      },
      newAlerts: saved.inserted,
      repeatedAlerts: saved.updated,
    };
    if (learn) emitLearnSummary(ctx, summary, format, opts.output);
    else
      emit(
        ctx,
        alertReporters[format](saved.stored, summary, { color: opts.output === undefined && ctx.colorOut, toolVersion: toolVersion(), now }),
        opts.output,
        opts.quiet,
      );

    if (sources.stats.skipped > 0 && !opts.quiet)
      ctx.logger.warn(`${sources.stats.skipped} record(s) were neither CloudTrail nor Azure Activity Log events and were skipped`);
    let code: ExitCode = ExitCode.OK;
    for (const f of sources.failures)
      ctx.deps.stderr.write(`cspm: error: ${f.action} failed for ${sanitizeForTerminal(f.scope)}: ${f.code}: ${sanitizeForTerminal(f.message)}\n`);
    if (sources.failures.length > 0) {
      ctx.deps.stderr.write(`cspm: detection is incomplete: ${sources.failures.length} call(s) failed, alerts may be missing\n`);
      code = ExitCode.INCOMPLETE;
    }
    if (failOn !== 'none' && saved.stored.some((a) => a.status === 'open' && atOrAbove(a.severity, failOn))) code = worstExitCode(code, ExitCode.FINDINGS);
    return code;
  });
}

function selectDetectors(all: readonly AnyDetector[], patterns: readonly string[] | undefined): AnyDetector[] {
  if (!patterns || patterns.length === 0) return [...all];
  for (const p of patterns) if (!all.some((d) => globMatcher([p])(d.id))) throw new UsageError(`--detectors: no detector matches '${p}'`);
  const match = globMatcher(patterns);
  return all.filter((d) => match(d.id));
}

function emitLearnSummary(ctx: CommandContext, s: DetectionSummary, format: string, output: string | undefined): void {
  if (format !== 'table') {
    emit(ctx, `${JSON.stringify({ learned: s }, null, 2)}\n`, output);
    return;
  }
  emit(
    ctx,
    `Learned ${s.events.toLocaleString('en-US')} events from ${sanitizeForTerminal(s.source)}: ${s.windowsLearned} principal-hours of ${s.principals} principals.\n` +
      `Baseline now: ${s.baseline.principals} principals, ${s.baseline.learnedWindows} learned principal-hours.\n`,
    output,
  );
}
