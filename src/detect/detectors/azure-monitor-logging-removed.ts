import { defineDetector } from '../detector.js';
import { eachEvent } from '../helpers/each-event.js';
import { succeeded } from '../helpers/principal.js';

export default defineDetector({
  id: 'azure-monitor-logging-removed',
  provider: 'azure',
  title: 'Azure diagnostic setting or log destination deleted',
  severity: 'high',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  description:
    "A diagnostic setting, the subscription's log profile or a Log Analytics workspace was deleted: resource and activity logs stop flowing to where the security team reads them.",
  falsePositives: ['Re-creating a diagnostic setting with a new destination (a write follows).', 'Deleting a resource group with its settings.'],
  references: ['https://attack.mitre.org/techniques/T1562/008/', 'https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings'],
  actions: ['microsoft.insights/diagnosticsettings/delete', 'microsoft.insights/logprofiles/delete', 'microsoft.operationalinsights/workspaces/delete'],
  defaultOptions: {},
  optionDocs: {},
  messages: { deleted: '{{principal}} deleted {{what}} {{resource}} from {{sourceIp}}.' },
  create: eachEvent((e) => {
    if (!succeeded(e)) return null;
    const what = e.action.includes('workspaces') ? 'Log Analytics workspace' : e.action.includes('logprofiles') ? 'activity log profile' : 'diagnostic setting';
    return {
      messageId: 'deleted',
      data: { what, resource: e.resource ?? 'unknown' },
      key: `${e.resource ?? e.id}|${e.action}|${Math.floor(e.time / 3_600_000)}`,
    };
  }),
});
