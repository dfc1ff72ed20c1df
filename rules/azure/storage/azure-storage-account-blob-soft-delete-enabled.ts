import { blobServiceOf } from '../../../src/engine/helpers/azure-storage.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-blob-soft-delete-enabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: 'Soft delete for blobs is enabled on storage accounts',
  description: 'Checks the blob service deleteRetentionPolicy. Not applicable to premium file-share accounts, which have no blob service.',
  rationale:
    'Blob soft delete keeps deleted or overwritten blobs for the retention period, so an accidental or malicious deletion (ransomware, a compromised key) can be undone.',
  remediation: {
    summary: 'Enable soft delete for blobs with a retention period that fits your recovery needs (7 days or more).',
    cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <resource-group> --enable-delete-retention true --delete-retention-days 14',
    console: [
      'Open the storage account and choose Data management > Data protection.',
      'Select "Enable soft delete for blobs", set the retention days and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview'],
  reads: ['blobService', 'kind'],
  messages: {
    enabled: 'Storage account {{name}} keeps deleted blobs for {{days}} days.',
    disabled: 'Storage account {{name}} does not keep deleted blobs: blob soft delete is off.',
    noBlobService: 'Storage account {{name}} has no blob service.',
  },
  evaluate(account) {
    const blob = blobServiceOf(account.name, account.properties);
    if (blob === null) return { status: 'NOT_APPLICABLE', messageId: 'noBlobService', evidence: { kind: account.properties.kind } };
    const policy = blob.deleteRetentionPolicy;
    const evidence = { deleteRetentionPolicy: policy };
    return policy.enabled
      ? { status: 'PASS', messageId: 'enabled', data: { days: policy.days ?? 'unknown' }, evidence }
      : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
