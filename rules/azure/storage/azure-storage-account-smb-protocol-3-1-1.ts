import { fileServiceOf } from '../../../src/engine/helpers/azure-storage.js';
import { defineRule } from '../../../src/engine/rule.js';

const ACCEPTED = new Set(['smb3.1.1']);

export default defineRule({
  id: 'azure-storage-account-smb-protocol-3-1-1',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: "SMB file shares accept SMB 3.1.1 only ('SMB protocol version' is SMB 3.1.1 or higher)",
  description:
    'Checks the file service protocolSettings.smb.versions. An unset list means every supported version (SMB 2.1, 3.0 and 3.1.1), so it fails. Not applicable to accounts without a file service.',
  rationale:
    'SMB 2.1 has no encryption and SMB 3.0 lacks pre-authentication integrity; allowing them lets a client (or a downgrade attack) use the weaker protocol.',
  remediation: {
    summary: 'Restrict the SMB protocol versions of the file service to SMB 3.1.1 (the "Maximum security" profile does this).',
    cli: 'az storage account file-service-properties update --account-name <account> --resource-group <resource-group> --versions SMB3.1.1',
    console: [
      'Open the storage account and choose Data storage > File shares > Security.',
      'Choose the "Maximum security" profile, or a custom profile with SMB 3.1.1 only, and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/files/files-smb-protocol#smb-security-settings'],
  reads: ['fileService', 'kind'],
  messages: {
    latest: 'Storage account {{name}} accepts SMB 3.1.1 only.',
    older: 'Storage account {{name}} accepts older SMB versions: {{versions}}.',
    noFileService: 'Storage account {{name}} has no file service.',
  },
  evaluate(account) {
    const file = fileServiceOf(account.name, account.properties);
    if (file === null) return { status: 'NOT_APPLICABLE', messageId: 'noFileService', evidence: { kind: account.properties.kind } };
    const { versions } = file.smb;
    const evidence = { versions };
    if (versions.length === 0) return { status: 'FAIL', messageId: 'older', data: { versions: 'all supported versions (unset)' }, evidence };
    const older = versions.filter((v) => !ACCEPTED.has(v.trim().toLowerCase()));
    return older.length === 0
      ? { status: 'PASS', messageId: 'latest', evidence }
      : { status: 'FAIL', messageId: 'older', data: { versions: older.join(', ') }, evidence };
  },
});
