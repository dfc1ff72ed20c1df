import { existsSync } from 'node:fs';
import { InputError, UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import type { Severity } from '../../core/types.js';
import { toolVersion } from '../../core/version.js';
import { ALERT_STATUSES, type AlertStatus } from '../../detect/alert.js';
import { ALERT_FORMATS, alertReporters } from '../../detect/report/index.js';
import { listAlerts, setAlertStatus } from '../../store/repos/alerts.js';
import { dbPath, emit, requireChoice, withStore, type CommandContext } from '../context.js';

export interface AlertsListOptions {
  readonly status?: string;
  readonly severity?: readonly Severity[];
  readonly limit?: number;
  readonly format?: string;
  readonly output?: string;
  readonly db?: string;
}

/** `cspm alerts`: stored alerts, newest activity first, optionally by status and severity. */
export async function alertsListCommand(opts: AlertsListOptions, ctx: CommandContext): Promise<ExitCode> {
  const format = requireChoice(opts.format ?? 'table', ALERT_FORMATS, '--format');
  const status = opts.status === undefined || opts.status === 'all' ? null : requireChoice(opts.status, ALERT_STATUSES, '--status');
  const path = dbPath(ctx, opts.db);
  const render = alertReporters[format];
  const reportCtx = { color: opts.output === undefined && ctx.colorOut, toolVersion: toolVersion(), now: ctx.deps.now() };
  if (path !== ':memory:' && !existsSync(path)) {
    emit(ctx, render([], null, reportCtx), opts.output);
    return ExitCode.OK;
  }
  const alerts = await withStore(path, { mustExist: true }, (store) =>
    listAlerts(store.db, { status, severities: opts.severity ?? null, limit: opts.limit ?? 200 }),
  );
  emit(ctx, render(alerts, null, reportCtx), opts.output);
  return ExitCode.OK;
}

export interface AlertStatusOptions {
  readonly reason?: string;
  readonly db?: string;
}

/** `cspm alerts ack|close|reopen ID --reason ...`: triage with who and why (never deletes). */
export async function alertStatusCommand(idText: string, status: AlertStatus, opts: AlertStatusOptions, ctx: CommandContext): Promise<ExitCode> {
  if (!/^\d+$/.test(idText)) throw new UsageError(`'${idText}' is not an alert id (see 'cspm alerts')`);
  const reason = (opts.reason ?? '').trim();
  if (reason.length < 10) throw new UsageError('--reason is required and must say why in at least 10 characters');
  const by = ctx.deps.env['CSPM_USER'] ?? ctx.deps.env['USER'] ?? ctx.deps.env['USERNAME'] ?? 'unknown';
  const path = dbPath(ctx, opts.db);
  if (path !== ':memory:' && !existsSync(path)) throw new InputError(`no cspm database at ${path}: run 'cspm detect' first`);
  const updated = await withStore(path, { mustExist: true }, (store) => setAlertStatus(store.db, Number(idText), { status, reason, by, now: ctx.deps.now() }));
  if (!updated) throw new InputError(`no alert #${idText} in ${path} (see 'cspm alerts')`);
  ctx.logger.info(`Alert #${updated.id} is now ${updated.status} (${reason}).`);
  return ExitCode.OK;
}
