import { effectiveFlag } from '../../../src/engine/helpers/azure-storage.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-cross-tenant-replication-disabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: "Storage accounts do not allow cross-tenant replication ('Cross Tenant Replication' is not enabled)",
  description:
    'Checks allowCrossTenantReplication. When the property is unset, the default applies: allowed for accounts created before 15 December 2023, not allowed for accounts created since.',
  rationale:
    'Object replication to an account in another Entra tenant copies data out of your organisation’s control; allowing it by default makes an exfiltration path one policy away.',
  remediation: {
    summary: 'Disallow cross-tenant object replication on the storage account.',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --allow-cross-tenant-replication false',
    console: [
      'Open the storage account and choose Data management > Object replication.',
      'Choose Advanced settings, clear "Allow cross-tenant replication" and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/object-replication-prevent-cross-tenant-policies'],
  reads: ['allowCrossTenantReplication', 'creationTime'],
  messages: {
    disabled: 'Storage account {{name}} does not allow cross-tenant replication.',
    enabled: 'Storage account {{name}} allows object replication to other Entra tenants.',
  },
  evaluate(account) {
    const { allowCrossTenantReplication, creationTime } = account.properties;
    const allowed = effectiveFlag(account.name, account.properties, allowCrossTenantReplication, '2023-12-15T00:00:00Z', { old: true, new: false });
    const evidence = { allowCrossTenantReplication, creationTime, effective: allowed };
    return allowed ? { status: 'FAIL', messageId: 'enabled', evidence } : { status: 'PASS', messageId: 'disabled', evidence };
  },
});
