import { evaluateCompliance, type ComplianceReport } from '../../compliance/evaluate.js';
import { frameworkIds, getFramework } from '../../compliance/frameworks.js';
import { InputError, UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { complianceTable, type ComplianceScanInfo } from '../../report/compliance.js';
import { insertCompliance, latestScanId, loadScan } from '../../store/repos/scans.js';
import { dbPath, emit, reportContext, requireChoice, withStore, type CommandContext } from '../context.js';

export interface ComplianceCommandOptions {
  readonly framework?: string;
  readonly format?: string;
  readonly output?: string;
  readonly db?: string;
}

/** The --format json document: the graded scan and the report. */
export interface ComplianceDocument extends ComplianceReport {
  readonly scanId: number;
  readonly scan: ComplianceScanInfo;
}

/**
 * `cspm compliance --framework ID [SCAN_ID]`: grades a stored scan (default: the latest) against a
 * framework, stores the per-control results with the scan (replacing earlier ones for that
 * framework), and prints them. Exit code (as for scans, incomplete beats failing): 3 when an
 * automated control could not be assessed (ERROR), else 1 when one fails, else 0.
 */
export async function complianceCommand(scanId: number | undefined, opts: ComplianceCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  if (opts.framework === undefined) throw new UsageError(`--framework is required (one of: ${frameworkIds().join(', ') || 'none shipped'})`);
  const framework = getFramework(opts.framework);
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  const path = dbPath(ctx, opts.db);
  const { report, scan } = await withStore(path, { mustExist: true }, async (store) => {
    const chosen = scanId ?? (await latestScanId(store.db));
    if (chosen === undefined) throw new InputError(`no scans stored in ${path}: run 'cspm scan' first`);
    const stored = await loadScan(store.db, chosen);
    if (!stored) throw new InputError(`no scan #${chosen} in ${path} (see 'cspm history')`);
    const graded = evaluateCompliance(framework, stored.findings, new Set(stored.scan.rules));
    await insertCompliance(store.db, chosen, graded);
    const { id, collectedAt, source, scopes, complete } = stored.scan;
    return { report: graded, scan: { id: id ?? chosen, collectedAt, source, scopes, complete } };
  });
  if (!scan.scopes.some((s) => s.provider === framework.provider)) {
    ctx.logger.warn(`scan #${scan.id ?? ''} covers no ${framework.provider} account: no control of ${framework.id} could be assessed`);
  }
  const document: ComplianceDocument = { scanId: scan.id ?? 0, scan, ...report };
  const text = format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : complianceTable(report, scan, reportContext(ctx, opts.output !== undefined));
  emit(ctx, text, opts.output);
  return complianceExitCode(report);
}

export function complianceExitCode(report: ComplianceReport): ExitCode {
  const automated = report.controls.filter((c) => c.assessment === 'automated');
  if (automated.some((c) => c.status === 'ERROR')) return ExitCode.INCOMPLETE;
  if (automated.some((c) => c.status === 'FAIL')) return ExitCode.FINDINGS;
  return ExitCode.OK;
}
