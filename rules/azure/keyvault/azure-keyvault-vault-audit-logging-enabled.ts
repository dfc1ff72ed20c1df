import { settingsDelivering, settingsEvidence } from '../../../src/engine/helpers/azure-diagnostics.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-audit-logging-enabled',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'medium',
  title: "Key vaults send audit logs to a destination ('Logging for Azure Key Vault' is Enabled)",
  description:
    "Checks that a diagnostic setting of the vault sends the 'AuditEvent' category (or the 'audit' or 'allLogs' category group) to a Log Analytics workspace, storage account, event hub or partner solution.",
  rationale:
    'Without audit logs nobody can tell who read which secret or used which key, when, and from where: the first question of any incident involving the vault.',
  remediation: {
    summary: "Add a diagnostic setting to the vault that sends the 'audit' category group to your Log Analytics workspace (or an archive storage account).",
    cli: 'az monitor diagnostic-settings create --name audit --resource <vault-id> --workspace <workspace-id> --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
    console: [
      'Open the key vault and choose Monitoring > Diagnostic settings.',
      'Choose "Add diagnostic setting", select the audit category group and a destination, and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/logging', 'https://learn.microsoft.com/en-us/azure/key-vault/general/howto-logging'],
  reads: ['diagnosticSettings'],
  messages: {
    logged: 'Key vault {{name}} sends its audit events through diagnostic setting {{settings}}.',
    notLogged: 'Key vault {{name}} sends its audit events nowhere: no diagnostic setting with a destination includes AuditEvent.',
  },
  evaluate(vault) {
    const settings = vault.properties.diagnosticSettings ?? missingData(`the diagnostic settings of vault ${vault.name} were not collected`);
    const delivering = settingsDelivering(settings, { categories: ['AuditEvent'], groups: ['audit', 'allLogs'] });
    const evidence = { diagnosticSettings: settingsEvidence(settings) };
    if (delivering.length === 0) return { status: 'FAIL', messageId: 'notLogged', evidence };
    return { status: 'PASS', messageId: 'logged', data: { settings: delivering.map((s) => s.name).join(', ') }, evidence };
  },
});
