import { defaultFrameworks, getFramework } from '../../compliance/frameworks.js';
import type { FrameworkData } from '../../compliance/framework.js';
import type { ExitCode } from '../../core/exit-codes.js';
import type { Severity } from '../../core/types.js';
import { exitCodeFor, type FailOn } from '../../engine/gate.js';
import type { ScanResult } from '../../engine/result.js';
import { runScan } from '../../engine/scan.js';
import { Inventory } from '../../inventory/inventory.js';
import { recordScan } from '../../store/repos/scans.js';
import { dbPath, envValue, requireChoice, withStore, type CommandContext } from '../context.js';
import { acquireInventory, type InventorySourceOptions } from '../inventory-source.js';
import { loadScanMemoryInputs, muterFor, newFailureFilter, warnExpiredMutes } from '../memory.js';
import { FAIL_ON_CHOICES } from '../options.js';
import { resolveOutputPlan, writeReports, type OutputPlan } from '../output.js';

export interface ScanCommandOptions extends InventorySourceOptions {
  readonly format?: string;
  readonly output?: string;
  readonly outputDir?: string;
  readonly sarifAnchor?: string;
  readonly failOn?: string;
  readonly db?: string;
  readonly store?: boolean;
  readonly checks?: readonly string[];
  readonly severity?: readonly Severity[];
  readonly compliance?: readonly string[];
  readonly quiet?: boolean;
  readonly mutelist?: string;
  readonly failOnNew?: boolean;
  readonly baseline?: string;
}

/** `cspm scan`: acquire an inventory, evaluate, store, report, and turn the result into an exit code. */
export async function scanCommand(opts: ScanCommandOptions, ctx: CommandContext): Promise<ExitCode> {
  const settings = resolveScanSettings(opts, ctx);
  const startedAt = ctx.deps.now();

  // Fail fast on an unusable database before spending time on collection.
  const persist = async (result: ScanResult): Promise<ScanResult> => {
    if (!settings.store) return result;
    return withStore(settings.dbPath, {}, (store) => recordScan(store, result));
  };
  if (settings.store) await withStore(settings.dbPath, {}, () => Promise.resolve());
  const memoryInputs = loadScanMemoryInputs(opts, ctx);

  const { data, source } = await acquireInventory(opts, ctx);
  const inventory = new Inventory(data);
  const providers = [...new Set(inventory.scopes.map((s) => s.provider))];
  const rules = ctx.registry.select({ checks: settings.checks, providers });
  const frameworks = settings.frameworks ?? providers.flatMap((p) => defaultFrameworks(p));

  if (!settings.quiet) ctx.logger.info(`Evaluating ${rules.length} checks on ${inventory.size} resources...`);
  const muter = muterFor(memoryInputs.mutelist, inventory, ctx);
  const result = await persist(
    runScan(inventory, {
      source,
      rules,
      startedAt,
      finishedAt: ctx.deps.now,
      severity: settings.severity,
      checks: settings.checks,
      frameworks,
      mute: muter?.mute ?? null,
    }),
  );
  warnExpiredMutes(muter, result, inventory, ctx);

  await writeReports(ctx, result, settings.outputs, { dbPath: settings.store ? settings.dbPath : null }, settings.quiet);
  if (!settings.quiet && result.scan.id !== null) ctx.logger.info(`Stored as scan #${result.scan.id} in ${settings.dbPath}`);
  const memory = {
    failOnNew: opts.failOnNew === true,
    baseline: memoryInputs.baseline,
    dbPath: settings.dbPath,
    stored: settings.store,
    quiet: settings.quiet,
  };
  const counts = await newFailureFilter(result, memory, ctx);
  return exitCodeFor(result, { failOn: settings.failOn, ...(counts ? { counts } : {}) });
}

interface ScanSettings {
  readonly outputs: OutputPlan;
  readonly failOn: FailOn;
  readonly dbPath: string;
  readonly store: boolean;
  readonly checks: readonly string[] | null;
  readonly severity: readonly Severity[] | null;
  readonly frameworks: readonly FrameworkData[] | null;
  readonly quiet: boolean;
}

/** Flags (and their environment variables) beat the config file, which beats the defaults. */
function resolveScanSettings(opts: ScanCommandOptions, ctx: CommandContext): ScanSettings {
  const file = ctx.config.values;
  const outputs = resolveOutputPlan(opts, ctx);
  // --fail-on-new alone gates on new failures of any severity.
  const gateDefault = opts.failOnNew || opts.baseline !== undefined ? 'info' : 'none';
  const failOn = requireChoice(opts.failOn ?? envValue(ctx, 'CSPM_FAIL_ON') ?? file.failOn ?? gateDefault, FAIL_ON_CHOICES, '--fail-on');
  const compliance = opts.compliance ?? file.compliance;
  return {
    outputs,
    failOn,
    dbPath: dbPath(ctx, opts.db),
    store: opts.store !== false,
    checks: opts.checks ?? file.checks ?? null,
    severity: opts.severity ?? file.severity ?? null,
    frameworks: compliance ? compliance.map(getFramework) : null,
    quiet: opts.quiet === true,
  };
}
