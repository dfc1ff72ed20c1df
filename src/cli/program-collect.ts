/** Wiring of `cspm collect` (kept out of program.ts so that file stays a short list of commands). */
import type { Command } from '@commander-js/extra-typings';
import { awsOptions } from './aws-options.js';
import { azureOptions } from './azure-options.js';
import type { Wiring } from './wiring.js';

export function registerCollectCommand(program: Command, w: Wiring): void {
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
      const { collectCommand } = await import('./commands/collect.js');
      w.setExitCode(await collectCommand(opts, await w.context({ quiet: opts.quiet, withRules: false })));
    });
}
