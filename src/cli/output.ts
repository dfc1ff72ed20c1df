import { join, resolve } from 'node:path';
import { loadFrameworks } from '../compliance/frameworks.js';
import type { FrameworkData } from '../compliance/framework.js';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs.js';
import type { ScanResult } from '../engine/result.js';
import { isReportFormat, REPORT_BASENAME, REPORT_EXTENSIONS, REPORT_FORMATS, reporters, type ReportFormat } from '../report/index.js';
import { anchorUri } from '../report/sarif-location.js';
import type { HistoryPoint, ReportContext } from '../report/types.js';
import { envValue, reportContext, withStore, type CommandContext } from './context.js';
import { loadHistory } from './report-history.js';

/** Where a command's reports go, resolved once from flags, environment and config. */
export interface OutputPlan {
  readonly formats: readonly ReportFormat[];
  /** One format to a file (--output); undefined: stdout, or --output-dir. */
  readonly output: string | undefined;
  /** Several formats, each to DIR/cspm-report.<ext>. */
  readonly outputDir: string | undefined;
  /** --sarif-anchor, already checked and percent-encoded. */
  readonly sarifAnchor: string | undefined;
}

export interface OutputOptions {
  readonly format?: string;
  readonly output?: string;
  readonly outputDir?: string;
  readonly sarifAnchor?: string;
}

/**
 * Formats come from --format (repeatable, comma lists), else CSPM_FORMAT, else the config file,
 * else table. One format goes to stdout or --output; several need --output-dir.
 */
export function resolveOutputPlan(opts: OutputOptions, ctx: CommandContext): OutputPlan {
  const raw = opts.format ?? envValue(ctx, 'CSPM_FORMAT') ?? ctx.config.values.format ?? 'table';
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const bad = names.find((n) => !isReportFormat(n));
  if (bad !== undefined || names.length === 0) throw new UsageError(`format '${bad ?? raw}' is not one of: ${REPORT_FORMATS.join(', ')}`);
  const formats = [...new Set(names)] as ReportFormat[];
  if (opts.output !== undefined && opts.outputDir !== undefined) {
    throw new UsageError('--output and --output-dir cannot be combined: use --output for one format, --output-dir for several');
  }
  if (formats.length > 1 && opts.outputDir === undefined) {
    throw new UsageError(`${formats.length} formats (${formats.join(', ')}) need --output-dir DIR: each is written to DIR/${REPORT_BASENAME}.<ext>`);
  }
  if (opts.sarifAnchor !== undefined && !formats.includes('sarif')) throw new UsageError('--sarif-anchor applies to --format sarif only');
  return {
    formats,
    output: opts.output,
    outputDir: opts.outputDir,
    sarifAnchor: opts.sarifAnchor === undefined ? undefined : anchorUri(opts.sarifAnchor),
  };
}

/** What the reporters need beyond the result, loaded here so that they stay pure. */
export interface ReportInputs {
  /** The history database, when the result is stored there (for the HTML trend). */
  readonly dbPath: string | null;
}

/**
 * Renders every planned format and writes it: stdout for a single format without a path, else
 * files (atomically), each announced on stderr unless quiet.
 */
export async function writeReports(ctx: CommandContext, result: ScanResult, plan: OutputPlan, inputs: ReportInputs, quiet = false): Promise<void> {
  const toFile = plan.output !== undefined || plan.outputDir !== undefined;
  const base = reportContext(ctx, toFile);
  const frameworks = plan.formats.includes('sarif') ? frameworksFor(result) : undefined;
  const history = plan.formats.includes('html') ? await historyFor(result, inputs.dbPath) : undefined;
  const context: ReportContext = {
    ...base,
    ...(frameworks ? { frameworks } : {}),
    ...(history ? { history } : {}),
    ...(plan.sarifAnchor !== undefined ? { sarifAnchor: plan.sarifAnchor } : {}),
    warn: (message) => ctx.logger.warn(message),
  };
  if (!toFile) {
    const only = plan.formats[0] ?? 'table';
    ctx.deps.stdout.write(reporters[only](result, context));
    return;
  }
  for (const format of plan.formats) {
    const path =
      plan.outputDir !== undefined
        ? join(resolve(ctx.deps.cwd, plan.outputDir), `${REPORT_BASENAME}.${REPORT_EXTENSIONS[format]}`)
        : resolve(ctx.deps.cwd, plan.output ?? '');
    writeFileAtomic(path, reporters[format](result, context));
    if (!quiet) ctx.logger.info(`Report written to ${path}`);
  }
}

/** Every shipped framework, those the scan was graded against first (their controls win the SARIF tag limit). */
function frameworksFor(result: ScanResult): readonly FrameworkData[] {
  const graded = new Set((result.compliance ?? []).map((c) => c.framework.id));
  return [...loadFrameworks()].sort((a, b) => Number(graded.has(b.id)) - Number(graded.has(a.id)));
}

async function historyFor(result: ScanResult, dbPath: string | null): Promise<readonly HistoryPoint[] | undefined> {
  const id = result.scan?.id;
  if (dbPath === null || id === null || id === undefined) return undefined;
  return withStore(dbPath, { mustExist: true }, (store) => loadHistory(store.db, { scopeKey: result.scan.scopeKey, upToScanId: id }));
}
