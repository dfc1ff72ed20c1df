/** Wiring of `cspm collect` (kept out of program.ts so that file stays a short list of commands). */
import type { Command } from '@commander-js/extra-typings';
import type { ExitCode } from '../core/exit-codes.js';
import { awsOptions } from './aws-options.js';
import { azureOptions } from './azure-options.js';
import { collectCommand } from './commands/collect.js';
import { commandContext, type GlobalOptions } from './context.js';
import type { CliDeps } from './deps.js';

export function registerCollectCommand(program: Command, deps: CliDeps, setExitCode: (code: ExitCode) => void, globals: () => GlobalOptions): void {
  program
    .command('collect')
    .description('collect the inventory from AWS and/or Azure and save it for later scans (cspm scan --input)')
    .requiredOption('-o, --output <file>', 'where to write the inventory (JSON)')
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
    .option('-q, --quiet', 'no progress or notes on stderr')
    .action(async (opts) => {
      setExitCode(await collectCommand(opts, commandContext(deps, globals(), opts)));
    });
}
