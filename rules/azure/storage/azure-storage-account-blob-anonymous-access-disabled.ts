import { effectiveFlag } from '../../../src/engine/helpers/azure-storage.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-blob-anonymous-access-disabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'high',
  title: "Storage accounts do not allow anonymous blob access ('Allow Blob Anonymous Access' is Disabled)",
  description:
    'Checks allowBlobPublicAccess. When the property is unset, the default applies: allowed for accounts created before November 2023, disallowed for accounts created since.',
  rationale:
    'While the account allows it, any container can be switched to public read access and expose every blob in it to the Internet without authentication; disallowing it at the account overrides every container setting.',
  remediation: {
    summary: 'Disallow anonymous blob access on the storage account (check first that no application relies on public containers).',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --allow-blob-public-access false',
    console: ['Open the storage account and choose Settings > Configuration.', 'Set "Allow Blob anonymous access" to Disabled and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent'],
  reads: ['allowBlobPublicAccess', 'creationTime'],
  messages: {
    disabled: 'Storage account {{name}} does not allow anonymous blob access.',
    enabled: 'Storage account {{name}} allows containers to be made publicly readable.',
  },
  evaluate(account) {
    const { allowBlobPublicAccess, creationTime } = account.properties;
    const allowed = effectiveFlag(account.name, account.properties, allowBlobPublicAccess, '2023-11-01T00:00:00Z', { old: true, new: false });
    const evidence = { allowBlobPublicAccess, creationTime, effective: allowed };
    return allowed ? { status: 'FAIL', messageId: 'enabled', evidence } : { status: 'PASS', messageId: 'disabled', evidence };
  },
});
