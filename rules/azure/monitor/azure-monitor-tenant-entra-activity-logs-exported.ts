import { logsCover, settingsEvidence, destinationsOf } from '../../../src/engine/helpers/azure-diagnostics.js';
import { defineRule } from '../../../src/engine/rule.js';

const REQUIRED = ['AuditLogs', 'SignInLogs', 'NonInteractiveUserSignInLogs', 'ServicePrincipalSignInLogs'];

export default defineRule({
  id: 'azure-monitor-tenant-entra-activity-logs-exported',
  provider: 'azure',
  service: 'monitor',
  resourceType: 'azure.entra.tenant',
  severity: 'medium',
  title: 'A Microsoft Entra diagnostic setting sends Microsoft Entra activity logs to a destination',
  description: `Checks that Microsoft Entra (aadiam) diagnostic settings with a destination export the audit and sign-in categories: ${REQUIRED.join(', ')}.`,
  rationale:
    'Entra keeps audit and sign-in logs for 30 days at most; exported, they show who signed in from where and what changed in the directory long after the fact, and can drive detections.',
  remediation: {
    summary: 'Add the audit and sign-in log categories to a Microsoft Entra diagnostic setting sending to your Log Analytics workspace.',
    cli: 'az rest --method PUT --url "https://management.azure.com/providers/microsoft.aadiam/diagnosticSettings/<name>?api-version=2017-04-01-preview" --body @entra-diagnostic-setting.json',
    console: [
      'Open Microsoft Entra ID > Monitoring > Diagnostic settings.',
      'Edit or add a setting, select AuditLogs and the sign-in log categories and a destination, and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/monitoring-health/howto-configure-diagnostic-settings'],
  requires: { 'azure.monitor.entra-diagnostic-setting': 'account' },
  messages: {
    exported: 'Tenant {{name}} exports its Microsoft Entra audit and sign-in logs.',
    notExported: 'Tenant {{name}} does not export these Microsoft Entra log categories: {{categories}}.',
  },
  evaluate(tenant, ctx) {
    const settings = ctx.inventory.list('azure.monitor.entra-diagnostic-setting', { account: tenant.account }).map((s) => ({ ...s.properties, name: s.name }));
    const exporting = settings.filter((s) => destinationsOf(s).length > 0);
    const missing = REQUIRED.filter((category) => !exporting.some((s) => logsCover(s.logs, { categories: [category] })));
    const evidence = { missing, settings: settingsEvidence(settings) };
    if (missing.length > 0) return { status: 'FAIL', messageId: 'notExported', data: { categories: missing.join(', ') }, evidence };
    return { status: 'PASS', messageId: 'exported', evidence };
  },
});
