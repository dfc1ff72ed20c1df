import { Option, type Command } from '@commander-js/extra-typings';
import type { Wiring } from './wiring.js';
import { dbOption, outputOption, parsePositiveInt, parseScanId } from './options.js';

const tableOrJson = () => new Option('-f, --format <format>', 'table or json (default: table)').choices(['table', 'json'] as const);

/** The history commands: diff, baseline, mutelist check, prune (commander wiring only). */
export function registerMemoryCommands(program: Command, w: Wiring): void {
  program
    .command('diff')
    .description('what changed between two scans: new, regressed, resolved and gone failures (default: the latest scan against the previous one of its scope)')
    .argument('[from]', 'older scan id (alone: compared with the latest scan of its scope)', parseScanId)
    .argument('[to]', 'newer scan id', parseScanId)
    .addOption(tableOrJson())
    .addOption(outputOption())
    .addOption(dbOption())
    .action(async (from, to, opts) => {
      const { diffCommand } = await import('./commands/diff.js');
      w.setExitCode(await diffCommand(from, to, opts, await w.context()));
    });

  const baseline = program.command('baseline').description('the accepted scan per scope that --fail-on-new compares with');
  baseline
    .command('set')
    .description("accept a scan (default: the latest) as its scope's baseline")
    .argument('[scan-id]', 'scan id from cspm history', parseScanId)
    .addOption(dbOption())
    .action(async (scanId, opts) => {
      const { baselineSetCommand } = await import('./commands/baseline.js');
      w.setExitCode(await baselineSetCommand(scanId, opts, await w.context({ withRules: false })));
    });
  baseline
    .command('show')
    .description('list the baseline of every scope')
    .addOption(tableOrJson())
    .addOption(dbOption())
    .action(async (opts) => {
      const { baselineShowCommand } = await import('./commands/baseline.js');
      w.setExitCode(await baselineShowCommand(opts, await w.context({ withRules: false })));
    });
  baseline
    .command('clear')
    .description("forget the baseline of a scan's scope (default: the latest scan's)")
    .argument('[scan-id]', 'scan id from cspm history', parseScanId)
    .addOption(dbOption())
    .action(async (scanId, opts) => {
      const { baselineClearCommand } = await import('./commands/baseline.js');
      w.setExitCode(await baselineClearCommand(scanId, opts, await w.context({ withRules: false })));
    });

  const mutelist = program.command('mutelist').description('suppressions: accepted findings with a reason and an expiry');
  mutelist
    .command('check')
    .description('validate a mutelist file and show which entries match nothing in the last scan')
    .argument('<file>', 'mutelist file (YAML or JSON)')
    .addOption(tableOrJson())
    .addOption(dbOption())
    .action(async (file, opts) => {
      const { mutelistCheckCommand } = await import('./commands/mutelist.js');
      w.setExitCode(await mutelistCheckCommand(file, opts, await w.context({ withRules: false })));
    });

  program
    .command('prune')
    .description('delete old scans in one transaction (baseline scans are kept)')
    .option('--keep <n>', 'keep the newest N scans of each scope', parsePositiveInt)
    .option('--older-than <days>', 'delete scans finished more than DAYS days ago', parsePositiveInt)
    .option('--vacuum', 'then rebuild the file to give the space back to the disk')
    .option('--dry-run', 'show what would be deleted, change nothing')
    .addOption(dbOption())
    .action(async (opts) => {
      const { pruneCommand } = await import('./commands/prune.js');
      w.setExitCode(await pruneCommand(opts, await w.context({ withRules: false })));
    });
}
