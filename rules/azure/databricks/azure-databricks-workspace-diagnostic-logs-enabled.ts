import { destinationsOf, settingsEvidence } from '../../../src/engine/helpers/azure-diagnostics.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-databricks-workspace-diagnostic-logs-enabled',
  provider: 'azure',
  service: 'databricks',
  resourceType: 'azure.databricks.workspace',
  severity: 'medium',
  title: 'Diagnostic log delivery is configured for Azure Databricks workspaces',
  description:
    'Checks that a diagnostic setting of the workspace sends at least one enabled log category (accounts, clusters, jobs, notebook, ... or a category group) to a destination. Diagnostic logs need the Premium tier.',
  rationale:
    'Databricks audit logs record logins, cluster and job activity, notebook commands and secret access: without them, misuse of the workspace or of the data it can reach leaves no trace.',
  remediation: {
    summary: 'Add a diagnostic setting to the workspace that sends all log categories (the allLogs group) to your Log Analytics workspace or an archive.',
    cli: 'az monitor diagnostic-settings create --name dbw-logs --resource <workspace-id> --workspace <log-analytics-id> --logs \'[{"categoryGroup":"allLogs","enabled":true}]\'',
    console: [
      'Open the Azure Databricks workspace > Monitoring > Diagnostic settings.',
      'Choose "Add diagnostic setting", select all categories and a destination, and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/databricks/admin/account-settings/audit-log-delivery',
    'https://learn.microsoft.com/en-us/azure/databricks/admin/account-settings/azure-diagnostic-logs',
  ],
  reads: ['diagnosticSettings'],
  messages: {
    enabled: 'Databricks workspace {{name}} delivers its diagnostic logs through {{settings}}.',
    disabled: 'Databricks workspace {{name}} delivers no diagnostic logs.',
  },
  evaluate(workspace) {
    const settings = workspace.properties.diagnosticSettings ?? missingData(`the diagnostic settings of workspace ${workspace.name} were not collected`);
    const delivering = settings.filter((s) => destinationsOf(s).length > 0 && s.logs.some((l) => l.enabled));
    const evidence = { diagnosticSettings: settingsEvidence(settings) };
    if (delivering.length === 0) return { status: 'FAIL', messageId: 'disabled', evidence };
    return { status: 'PASS', messageId: 'enabled', data: { settings: delivering.map((s) => s.name).join(', ') }, evidence };
  },
});
