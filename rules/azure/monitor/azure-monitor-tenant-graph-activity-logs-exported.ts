import { settingsDelivering, settingsEvidence } from '../../../src/engine/helpers/azure-diagnostics.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-monitor-tenant-graph-activity-logs-exported',
  provider: 'azure',
  service: 'monitor',
  resourceType: 'azure.entra.tenant',
  severity: 'low',
  title: 'A Microsoft Entra diagnostic setting sends Microsoft Graph activity logs to a destination',
  description: "Checks that a Microsoft Entra (aadiam) diagnostic setting with a destination exports the 'MicrosoftGraphActivityLogs' category.",
  rationale:
    'Graph activity logs record every API request made to Microsoft Graph in the tenant, including by applications; they are how data access by a compromised app or token is traced.',
  remediation: {
    summary:
      'Add MicrosoftGraphActivityLogs to a Microsoft Entra diagnostic setting sending to your Log Analytics workspace (needs an Entra ID P1 or P2 licence).',
    cli: 'az rest --method PUT --url "https://management.azure.com/providers/microsoft.aadiam/diagnosticSettings/<name>?api-version=2017-04-01-preview" --body @entra-diagnostic-setting.json',
    console: [
      'Open Microsoft Entra ID > Monitoring > Diagnostic settings.',
      'Edit or add a setting, select MicrosoftGraphActivityLogs and a destination, and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/graph/microsoft-graph-activity-logs-overview'],
  requires: { 'azure.monitor.entra-diagnostic-setting': 'account' },
  messages: {
    exported: 'Tenant {{name}} exports Microsoft Graph activity logs through {{settings}}.',
    notExported: 'Tenant {{name}} does not export Microsoft Graph activity logs.',
  },
  evaluate(tenant, ctx) {
    const settings = ctx.inventory.list('azure.monitor.entra-diagnostic-setting', { account: tenant.account });
    const delivering = settingsDelivering(
      settings.map((s) => ({ ...s.properties, name: s.name })),
      { categories: ['MicrosoftGraphActivityLogs'] },
    );
    const evidence = { settings: settingsEvidence(settings.map((s) => ({ ...s.properties, name: s.name }))) };
    if (delivering.length === 0) return { status: 'FAIL', messageId: 'notExported', evidence };
    return { status: 'PASS', messageId: 'exported', data: { settings: delivering.map((s) => s.name).join(', ') }, evidence };
  },
});
