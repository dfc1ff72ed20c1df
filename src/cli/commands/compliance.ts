import { evaluateCompliance, type ComplianceReport } from '../../compliance/evaluate.js';
import { frameworkIds, getFramework } from '../../compliance/frameworks.js';
import { InputError, UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { complianceTable } from '../../report/compliance.js';
import { insertCompliance, latestScanId, loadScan } from '../../store/repos/scans.js';
import { dbPath, emit, reportContext, requireChoice, withStore, type CommandContext } from '../context.js';

export interface ComplianceCommandOptions {
  readonly framework?: string;
  readonly format?: string;
  readonly output?: string;
  readonly db?: string;
}

/**
 * `cspm compliance --framework ID [SCAN_ID]`: grades a stored scan (default: the latest) against a
 * framework, stores the per-control results with the scan, and prints them.
 * Exit code: 0 when every assessed automated control passed, 1 when one fails, 3 when one is ERROR.
 */
export async function complianceCommand(scanId: number | undefined, opts: ComplianceCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  if (opts.framework === undefined) throw new UsageError(`--framework is required (one of: ${frameworkIds().join(', ') || 'none shipped'})`);
  const framework = getFramework(opts.framework);
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  const path = dbPath(ctx, opts.db);
  const { report, id } = await withStore(path, { mustExist: true }, async (store) => {
    const chosen = scanId ?? (await latestScanId(store.db));
    if (chosen === undefined) throw new InputError(`no scans stored in ${path}: run 'cspm scan' first`);
    const scan = await loadScan(store.db, chosen);
    if (!scan) throw new InputError(`no scan #${chosen} in ${path} (see 'cspm history')`);
    const graded = evaluateCompliance(framework, scan.findings, new Set(scan.scan.rules));
    await insertCompliance(store.db, chosen, graded);
    return { report: graded, id: chosen };
  });
  const text =
    format === 'json'
      ? `${JSON.stringify({ scanId: id, ...report }, null, 2)}\n`
      : complianceTable(report, `Scan #${id}`, reportContext(ctx, opts.output !== undefined));
  emit(ctx, text, opts.output);
  return complianceExitCode(report);
}

export function complianceExitCode(report: ComplianceReport): ExitCode {
  const automated = report.controls.filter((c) => c.assessment === 'automated');
  if (automated.some((c) => c.status === 'ERROR')) return ExitCode.INCOMPLETE;
  if (automated.some((c) => c.status === 'FAIL')) return ExitCode.FINDINGS;
  return ExitCode.OK;
}
