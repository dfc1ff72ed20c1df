import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-trusted-services-allowed',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'low',
  title: "Storage account firewalls let trusted Microsoft services in ('Allow trusted Microsoft services to access this resource' is Enabled)",
  description:
    "Checks that networkAcls.bypass includes 'AzureServices' when the firewall denies by default. Not applicable when the default action is Allow (the firewall admits everyone, a control of its own).",
  rationale:
    'Services such as Azure Backup, Event Grid, Azure Monitor and Defender for Storage reach the account from Microsoft networks that no IP rule can name; without the exception, locking the firewall down breaks backups, logging and threat detection.',
  remediation: {
    summary: "Add 'AzureServices' to the storage firewall's exceptions.",
    cli: 'az storage account update --name <account> --resource-group <resource-group> --bypass AzureServices Logging Metrics',
    console: [
      'Open the storage account and choose Security + networking > Networking.',
      'Under Exceptions, select "Allow Azure services on the trusted services list to access this storage account" and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security#grant-access-to-trusted-azure-services'],
  reads: ['networkRuleSet'],
  messages: {
    allowed: 'Storage account {{name}} lets trusted Microsoft services through its firewall.',
    notAllowed: 'Storage account {{name}} blocks trusted Microsoft services at its firewall (bypass: {{bypass}}).',
    firewallOpen: 'Storage account {{name}} allows all networks by default, so no exception is needed.',
  },
  evaluate(account) {
    const { defaultAction, bypass } = account.properties.networkRuleSet;
    const evidence = { defaultAction, bypass };
    if (defaultAction.toLowerCase() !== 'deny') return { status: 'NOT_APPLICABLE', messageId: 'firewallOpen', evidence };
    if (bypass.some((b) => b.trim().toLowerCase() === 'azureservices')) return { status: 'PASS', messageId: 'allowed', evidence };
    return { status: 'FAIL', messageId: 'notAllowed', data: { bypass: bypass.join(', ') || 'None' }, evidence };
  },
});
