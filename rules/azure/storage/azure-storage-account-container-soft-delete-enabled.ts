import { blobServiceOf } from '../../../src/engine/helpers/azure-storage.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-container-soft-delete-enabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: 'Soft delete for containers is enabled on storage accounts',
  description: 'Checks the blob service containerDeleteRetentionPolicy. Not applicable to premium file-share accounts, which have no blob service.',
  rationale:
    'Deleting a container deletes every blob in it at once, and blob soft delete does not bring them back; container soft delete keeps the whole container recoverable for the retention period.',
  remediation: {
    summary: 'Enable soft delete for containers with a retention period of 7 days or more.',
    cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <resource-group> --enable-container-delete-retention true --container-delete-retention-days 14',
    console: [
      'Open the storage account and choose Data management > Data protection.',
      'Select "Enable soft delete for containers", set the retention days and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-container-overview'],
  reads: ['blobService', 'kind'],
  messages: {
    enabled: 'Storage account {{name}} keeps deleted containers for {{days}} days.',
    disabled: 'Storage account {{name}} does not keep deleted containers: container soft delete is off.',
    noBlobService: 'Storage account {{name}} has no blob service.',
  },
  evaluate(account) {
    const blob = blobServiceOf(account.name, account.properties);
    if (blob === null) return { status: 'NOT_APPLICABLE', messageId: 'noBlobService', evidence: { kind: account.properties.kind } };
    const policy = blob.containerDeleteRetentionPolicy;
    const evidence = { containerDeleteRetentionPolicy: policy };
    return policy.enabled
      ? { status: 'PASS', messageId: 'enabled', data: { days: policy.days ?? 'unknown' }, evidence }
      : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
