import { Option, type Command } from '@commander-js/extra-typings';
import { SEVERITIES } from '../core/types.js';
import { ALERT_STATUSES } from '../detect/alert.js';
import { ALERT_FORMATS } from '../detect/report/formats.js';
import type { Wiring } from './wiring.js';
import { dbOption, FAIL_ON_CHOICES, outputOption, parseList, parsePositiveInt, parseSeverityList } from './options.js';

const alertFormat = () => new Option('-f, --format <format>', `output format (${ALERT_FORMATS.join(', ')}; default: table)`).choices(ALERT_FORMATS);

/** Threat detection: `cspm detect` and `cspm alerts` (commander wiring only). */
export function registerDetectCommands(program: Command, w: Wiring): void {
  program
    .command('detect')
    .description('threat detection over CloudTrail and the Azure Activity Log: known-bad detectors plus learned per-principal baselines; alerts are stored')
    .argument('[logs...]', 'log files or folders (.json, .json.gz, JSON Lines; walked recursively) and s3://bucket/prefix URLs')
    .option('--lookup', 'read the CloudTrail LookupEvents API in every enabled region (default window: the last 24h)')
    .option('--subscription <id>', 'read the Azure Activity Log of this subscription through the Monitor API (default window: the last 24h)')
    .option('--since <time>', 'only events at or after this time: a duration back from now (24h, 7d) or an ISO timestamp')
    .option('--until <time>', 'only events at or before this time (same forms as --since)')
    .option('--regions <list>', 'LookupEvents regions (default: every enabled region)', parseList)
    .option('--profile <name>', 'AWS profile for S3 and LookupEvents (default: the SDK chain)')
    .option('--region <region>', 'AWS region for S3 and region discovery (default: us-east-1)')
    .option('--learn', 'learn baselines from these (past) logs without raising alerts')
    .option('--no-update-baseline', 'do not fold the new events into the learned baselines')
    .option('--detectors <ids>', 'only run these detectors (comma-separated ids or globs, e.g. aws-iam-*)', parseList)
    .addOption(alertFormat())
    .addOption(outputOption())
    .addOption(new Option('--fail-on <severity>', 'exit 1 when an open alert at or above this severity remains (default: none)').choices(FAIL_ON_CHOICES))
    .addOption(dbOption())
    .option('-q, --quiet', 'no progress or notes on stderr')
    .action(async (logs, opts) => {
      const { detectCommand } = await import('./commands/detect.js');
      w.setExitCode(await detectCommand(logs, opts, await w.context({ quiet: opts.quiet, withRules: false })));
    });

  const alerts = program.command('alerts').description('stored threat-detection alerts: list and triage');
  alerts
    .command('list', { isDefault: true })
    .description('list alerts, newest activity first')
    .addOption(new Option('--status <status>', 'only alerts with this status (default: all)').choices([...ALERT_STATUSES, 'all']))
    .option('--severity <list>', `only these severities (${SEVERITIES.join(',')})`, parseSeverityList)
    .option('--limit <n>', 'how many alerts (default: 200)', parsePositiveInt)
    .addOption(alertFormat())
    .addOption(outputOption())
    .addOption(dbOption())
    .action(async (opts) => {
      const { alertsListCommand } = await import('./commands/alerts.js');
      w.setExitCode(await alertsListCommand(opts, await w.context({ withRules: false })));
    });
  for (const [verb, status, what] of [
    ['ack', 'acknowledged', 'acknowledge an alert (it no longer gates --fail-on)'],
    ['close', 'closed', 'close an alert (resolved or false positive)'],
    ['reopen', 'open', 'reopen an alert'],
  ] as const) {
    alerts
      .command(verb)
      .description(what)
      .argument('<id>', 'alert id from cspm alerts')
      .requiredOption('--reason <text>', 'why (at least 10 characters; recorded with your user name)')
      .addOption(dbOption())
      .action(async (id, opts) => {
        const { alertStatusCommand } = await import('./commands/alerts.js');
        w.setExitCode(await alertStatusCommand(id, status, opts, await w.context({ withRules: false })));
      });
  }
}
