import { defineDetector } from '../detector.js';
import { eachEvent } from '../helpers/each-event.js';
import { succeeded } from '../helpers/principal.js';

export default defineDetector({
  id: 'azure-monitor-alerting-removed',
  provider: 'azure',
  title: 'Azure alert rule or action group deleted',
  severity: 'medium',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.001', name: 'Impair Defenses: Disable or Modify Tools' }],
  description:
    'An activity-log, metric or log-search alert rule, or the action group that notifies people, was deleted: the alarms that would have fired on the next step are gone.',
  falsePositives: ['Alert clean-ups and migrations to new rules.'],
  references: ['https://attack.mitre.org/techniques/T1562/001/', 'https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview'],
  actions: [
    'microsoft.insights/activitylogalerts/delete',
    'microsoft.insights/metricalerts/delete',
    'microsoft.insights/scheduledqueryrules/delete',
    'microsoft.insights/alertrules/delete',
    'microsoft.insights/actiongroups/delete',
    'microsoft.alertsmanagement/actionrules/delete',
  ],
  defaultOptions: {},
  optionDocs: {},
  messages: { deleted: '{{principal}} deleted {{resource}} ({{action}}) from {{sourceIp}}.' },
  create: eachEvent((e) =>
    succeeded(e)
      ? { messageId: 'deleted', data: { resource: e.resource ?? 'unknown' }, key: `${e.resource ?? e.id}|${e.action}|${Math.floor(e.time / 3_600_000)}` }
      : null,
  ),
});
