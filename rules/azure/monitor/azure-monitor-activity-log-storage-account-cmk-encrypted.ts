import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-monitor-activity-log-storage-account-cmk-encrypted',
  provider: 'azure',
  service: 'monitor',
  resourceType: 'azure.monitor.subscription-diagnostic-setting',
  severity: 'low',
  title: 'The storage account receiving the Activity Log is encrypted with a customer-managed key',
  description:
    "Checks, for an Activity Log diagnostic setting that archives to a storage account, that the account's encryption key source is Microsoft.Keyvault (a customer-managed key). Not applicable to settings without a storage destination.",
  rationale:
    'The Activity Log archive is evidence; encrypting it with your own key lets you control, audit and revoke access to it independently of the storage account’s own permissions.',
  remediation: {
    summary: 'Configure customer-managed key encryption (a Key Vault key) on the storage account that receives the Activity Log.',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --encryption-key-source Microsoft.Keyvault --encryption-key-vault <vault-uri> --encryption-key-name <key> --identity-type SystemAssigned',
    console: [
      'Open the storage account and choose Security + networking > Encryption.',
      'Choose "Customer-managed keys", select the key vault and key, and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview'],
  requires: { 'azure.storage.account': 'account' },
  reads: ['storageAccountId'],
  messages: {
    encrypted: 'Activity Log diagnostic setting {{name}} archives to storage account {{account}}, encrypted with a customer-managed key.',
    notEncrypted: 'Activity Log diagnostic setting {{name}} archives to storage account {{account}}, encrypted with a Microsoft-managed key.',
    noStorage: 'Activity Log diagnostic setting {{name}} does not archive to a storage account.',
  },
  evaluate(setting, ctx) {
    const { storageAccountId } = setting.properties;
    if (storageAccountId === null) return { status: 'NOT_APPLICABLE', messageId: 'noStorage', evidence: { storageAccountId } };
    const wanted = storageAccountId.toLowerCase();
    const account =
      ctx.inventory.list('azure.storage.account').find((a) => a.id.toLowerCase() === wanted) ??
      missingData(`storage account ${storageAccountId} is not in the inventory`);
    const { keySource } = account.properties.encryption;
    const evidence = { storageAccountId, keySource };
    const data = { account: account.name };
    return keySource.toLowerCase() === 'microsoft.keyvault'
      ? { status: 'PASS', messageId: 'encrypted', data, evidence }
      : { status: 'FAIL', messageId: 'notEncrypted', data, evidence };
  },
});
