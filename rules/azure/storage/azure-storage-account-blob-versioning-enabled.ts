import { blobServiceOf } from '../../../src/engine/helpers/azure-storage.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-blob-versioning-enabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'low',
  title: "Blob versioning is enabled on storage accounts ('Versioning' is Enabled)",
  description:
    'Checks the blob service isVersioningEnabled. Not applicable to accounts without a blob service and to Data Lake Storage (hierarchical namespace) accounts, which do not support versioning.',
  rationale:
    'Versioning keeps every previous version of a blob when it is overwritten or deleted, so data corrupted by an application bug or encrypted by ransomware can be restored.',
  remediation: {
    summary: 'Enable blob versioning, with a lifecycle rule to delete old versions if cost matters.',
    cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <resource-group> --enable-versioning true',
    console: ['Open the storage account and choose Data management > Data protection.', 'Select "Enable versioning for blobs" and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/versioning-overview'],
  reads: ['blobService', 'kind', 'isHnsEnabled'],
  messages: {
    enabled: 'Storage account {{name}} keeps previous versions of its blobs.',
    disabled: 'Storage account {{name}} does not version its blobs.',
    noBlobService: 'Storage account {{name}} has no blob service.',
    hierarchical: 'Storage account {{name}} has a hierarchical namespace (Data Lake Storage), which does not support blob versioning.',
  },
  evaluate(account) {
    if (account.properties.isHnsEnabled === true) return { status: 'NOT_APPLICABLE', messageId: 'hierarchical', evidence: { isHnsEnabled: true } };
    const blob = blobServiceOf(account.name, account.properties);
    if (blob === null) return { status: 'NOT_APPLICABLE', messageId: 'noBlobService', evidence: { kind: account.properties.kind } };
    const evidence = { isVersioningEnabled: blob.isVersioningEnabled };
    return blob.isVersioningEnabled ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
