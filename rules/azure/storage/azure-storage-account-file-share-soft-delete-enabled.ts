import { fileServiceOf } from '../../../src/engine/helpers/azure-storage.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-file-share-soft-delete-enabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: 'Soft delete for Azure file shares is enabled on storage accounts',
  description: 'Checks the file service shareDeleteRetentionPolicy. Not applicable to block-blob and legacy blob-only accounts, which have no file service.',
  rationale: 'A deleted file share takes all its files and snapshots with it; share soft delete keeps it recoverable for the retention period.',
  remediation: {
    summary: 'Enable soft delete for file shares with a retention period of 7 days or more.',
    cli: 'az storage account file-service-properties update --account-name <account> --resource-group <resource-group> --enable-delete-retention true --delete-retention-days 14',
    console: [
      'Open the storage account and choose Data storage > File shares.',
      'Choose "Soft delete", enable it for all file shares, set the retention days and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/files/storage-files-prevent-file-share-deletion'],
  reads: ['fileService', 'kind'],
  messages: {
    enabled: 'Storage account {{name}} keeps deleted file shares for {{days}} days.',
    disabled: 'Storage account {{name}} does not keep deleted file shares: share soft delete is off.',
    noFileService: 'Storage account {{name}} has no file service.',
  },
  evaluate(account) {
    const file = fileServiceOf(account.name, account.properties);
    if (file === null) return { status: 'NOT_APPLICABLE', messageId: 'noFileService', evidence: { kind: account.properties.kind } };
    const policy = file.shareDeleteRetentionPolicy;
    const evidence = { shareDeleteRetentionPolicy: policy };
    return policy.enabled
      ? { status: 'PASS', messageId: 'enabled', data: { days: policy.days ?? 'unknown' }, evidence }
      : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
