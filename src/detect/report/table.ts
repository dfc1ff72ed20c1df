import Table from 'cli-table3';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import { palette, severityStyle } from '../../report/style.js';
import { TACTICS } from '../detector.js';
import type { AlertReporter } from './types.js';

const when = (iso: string): string => iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');

/** Alerts for a terminal: one table row per alert, then each alert's explanation in plain words. */
export const alertTable: AlertReporter = (alerts, summary, ctx) => {
  const c = palette(ctx.color);
  const out: string[] = [];
  if (summary) {
    out.push(
      c.bold(`Threat detection: ${summary.events.toLocaleString('en-US')} events from ${sanitizeForTerminal(summary.source)}`) +
        (summary.firstEvent ? ` (${when(summary.firstEvent)} to ${when(summary.lastEvent ?? summary.firstEvent)})` : ''),
    );
    const b = summary.baseline;
    out.push(
      b.learnedWindows === 0
        ? c.dim('No baseline learned yet: only known-bad detectors ran. Learn from past logs with `cspm detect --learn <logs>`.')
        : c.dim(
            `Baseline: ${b.principals} principals, ${b.learnedWindows} learned principal-hours${b.modelTrainedOn ? `, anomaly model on ${b.modelTrainedOn} samples` : ''}.`,
          ),
    );
  }
  if (alerts.length === 0) {
    out.push(c.green('No alerts.'));
    return `${out.join('\n')}\n`;
  }
  const table = new Table({
    head: ['ID', 'Severity', 'Status', 'Detector', 'Principal', 'Tactic', 'First seen', 'Events'],
    style: { head: [], border: [], compact: true },
  });
  for (const a of alerts) {
    table.push([
      `#${a.id}`,
      severityStyle(c, a.severity)(a.severity.toUpperCase()),
      a.status,
      a.detectorId,
      sanitizeForTerminal(a.principal).slice(0, 48),
      [...new Set(a.attack.map((m) => TACTICS[m.tactic].name))].join(', '),
      when(a.firstSeen),
      a.eventCount,
    ]);
  }
  out.push(table.toString(), '');
  for (const a of alerts) {
    out.push(`${severityStyle(c, a.severity)(`#${a.id}`)} ${c.bold(sanitizeForTerminal(a.title))} [${a.attack.map((m) => m.technique).join(', ')}]`);
    out.push(`  ${sanitizeForTerminal(a.explanation)}`);
    const ids = a.evidence.events.slice(0, 3).map((e) => `${e.action} ${when(e.time)} (${sanitizeForTerminal(e.id)})`);
    if (ids.length > 0) out.push(c.dim(`  events: ${ids.join('; ')}${a.eventCount > ids.length ? `; ${a.eventCount - ids.length} more` : ''}`));
  }
  if (summary && (summary.newAlerts > 0 || summary.repeatedAlerts > 0))
    out.push('', c.dim(`${summary.newAlerts} new alert(s), ${summary.repeatedAlerts} already known.`));
  return `${out.join('\n')}\n`;
};
