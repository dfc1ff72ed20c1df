import { Command, Option } from '@commander-js/extra-typings';
import { SEVERITIES } from '../core/types.js';
import type { ExitCode } from '../core/exit-codes.js';
import { toolVersion } from '../core/version.js';
import { awsOptions } from './aws-options.js';
import { azureOptions } from './azure-options.js';
import type { GlobalOptions } from './context.js';
import { registerCollectCommand } from './program-collect.js';
import { registerDetectCommands } from './program-detect.js';
import { registerMemoryCommands } from './program-memory.js';
import type { CliDeps } from './deps.js';
import { createWiring } from './wiring.js';
import {
  dbOption,
  FAIL_ON_CHOICES,
  formatOption,
  outputDirOption,
  outputOption,
  sarifAnchorOption,
  parseList,
  parsePositiveInt,
  parseScanId,
  parseSeverityList,
} from './options.js';

/**
 * The commander wiring, and nothing else: each action resolves options and calls a command
 * function that returns an exit code. Command modules, the checks and the SDKs load only when a command
 * runs (see wiring.ts), so --help and --version are instant.
 */
export function createProgram(deps: CliDeps, setExitCode: (code: ExitCode) => void): Command {
  const program = new Command()
    .name('cspm')
    .description('Cloud Security Posture Management for AWS and Azure: misconfiguration checks, CIS compliance, scan history and diffs, threat detection.')
    .version(toolVersion(), '-V, --version')
    .option('--config <file>', 'config file (default: ./cspm.config.json, then ~/.cspm/config.json)')
    .option('--no-color', 'disable colours (also NO_COLOR=1)')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: (s) => deps.stdout.write(s), writeErr: (s) => deps.stderr.write(s) })
    .addHelpText(
      'after',
      `
Exit codes: 0 ok · 1 findings at or above --fail-on · 2 usage, config or input error · 3 scan incomplete (collection errors).
Try it without a cloud account: cspm scan --demo`,
    );

  const w = createWiring(deps, setExitCode, (): GlobalOptions => program.opts());

  program
    .command('scan')
    .description('collect from AWS and/or Azure (or read a saved inventory, or the bundled demo), evaluate every check, store it and report')
    .option('--input <file>', 'evaluate a saved inventory (written by cspm collect)')
    .option('--demo', 'evaluate the bundled demo account')
    .addOption(formatOption('; default: table'))
    .addOption(outputOption())
    .addOption(outputDirOption())
    .addOption(sarifAnchorOption())
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when an unmuted finding at or above this severity fails (env: CSPM_FAIL_ON; default: none)').choices(
        FAIL_ON_CHOICES,
      ),
    )
    .addOption(dbOption())
    .option('--no-store', 'do not record the scan in the history database')
    .option('--checks <ids>', 'only run these checks (comma-separated ids or globs, e.g. aws-s3-*)', parseList)
    .option('--severity <list>', `only report findings of these severities (${SEVERITIES.join(',')})`, parseSeverityList)
    .option('--compliance <frameworks>', 'grade against these frameworks (default: the newest CIS version per provider)', parseList)
    .option('--mutelist <file>', 'suppressions (YAML or JSON): matching failures are MUTED, shown but never gating (default: config "mutelist")')
    .option('--fail-on-new', 'gate only on failures new or regressed since the baseline scan, else the previous scan of this scope')
    .option('--baseline <file>', 'gate only on failures not in this earlier JSON report (for CI without a database; implies --fail-on-new)')
    .option('-q, --quiet', 'no progress or notes on stderr')
    .addOption(awsOptions.profile())
    .addOption(awsOptions.region())
    .addOption(awsOptions.regions())
    .addOption(awsOptions.excludeRegions())
    .addOption(awsOptions.roleArn())
    .addOption(awsOptions.externalId())
    .addOption(awsOptions.concurrency())
    .addOption(azureOptions.provider())
    .addOption(azureOptions.subscription())
    .addOption(azureOptions.tenant())
    .action(async (opts) => {
      const { scanCommand } = await import('./commands/scan.js');
      w.setExitCode(await scanCommand(opts, await w.context(opts)));
    });

  program
    .command('report')
    .description('re-render a stored scan (default: the latest)')
    .argument('[scan-id]', 'scan id from cspm history', parseScanId)
    .addOption(formatOption(''))
    .addOption(outputOption())
    .addOption(outputDirOption())
    .addOption(sarifAnchorOption())
    .addOption(new Option('--fail-on <severity>', 'exit 1 when an unmuted finding at or above this severity fails').choices(FAIL_ON_CHOICES))
    .addOption(dbOption())
    .action(async (scanId, opts) => {
      const { reportCommand } = await import('./commands/report.js');
      w.setExitCode(await reportCommand(scanId, opts, await w.context()));
    });

  program
    .command('history')
    .description('list stored scans, newest first, with failures per severity, changes, compliance score and trend')
    .addOption(dbOption())
    .option('--scope <key>', 'only scans of this scope key (see cspm history --format json)')
    .option('--limit <n>', 'how many scans (default: 20)', parsePositiveInt)
    .addOption(new Option('-f, --format <format>', 'table or json').choices(['table', 'json'] as const))
    .action(async (opts) => {
      const { historyCommand } = await import('./commands/history.js');
      w.setExitCode(await historyCommand(opts, await w.context({ withRules: false })));
    });

  program
    .command('compliance')
    .description('grade a stored scan (default: the latest) against a compliance framework')
    .argument('[scan-id]', 'scan id from cspm history', parseScanId)
    .option('--framework <id>', 'framework id, e.g. cis-aws-v7.0.0')
    .addOption(new Option('-f, --format <format>', 'table or json').choices(['table', 'json'] as const))
    .addOption(outputOption())
    .addOption(dbOption())
    .action(async (scanId, opts) => {
      const { complianceCommand } = await import('./commands/compliance.js');
      w.setExitCode(await complianceCommand(scanId, opts, await w.context()));
    });

  const rules = program.command('rules').description('list and explain the checks');
  rules
    .command('list')
    .description('list every check')
    .option('--provider <provider>', 'aws or azure')
    .addOption(new Option('-f, --format <format>', 'table or json').choices(['table', 'json'] as const))
    .action(async (opts) => {
      const { rulesListCommand } = await import('./commands/rules.js');
      w.setExitCode(rulesListCommand(opts, await w.context()));
    });
  rules
    .command('show')
    .description('explain one check: what, why, how to fix, compliance mappings')
    .argument('<id>', 'check id')
    .addOption(new Option('-f, --format <format>', 'table or json').choices(['table', 'json'] as const))
    .action(async (id, opts) => {
      const { rulesShowCommand } = await import('./commands/rules.js');
      w.setExitCode(rulesShowCommand(id, opts, await w.context()));
    });

  registerMemoryCommands(program, w);
  registerCollectCommand(program, w);
  registerDetectCommands(program, w);
  return program;
}
