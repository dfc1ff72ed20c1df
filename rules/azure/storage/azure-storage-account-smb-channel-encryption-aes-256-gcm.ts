import { fileServiceOf } from '../../../src/engine/helpers/azure-storage.js';
import { defineRule } from '../../../src/engine/rule.js';

const ACCEPTED = new Set(['aes-256-gcm']);

export default defineRule({
  id: 'azure-storage-account-smb-channel-encryption-aes-256-gcm',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: "SMB file shares encrypt channels with AES-256-GCM ('SMB channel encryption' is AES-256-GCM or higher)",
  description:
    'Checks the file service protocolSettings.smb.channelEncryption. An unset list means every supported algorithm (AES-128-CCM, AES-128-GCM, AES-256-GCM), so it fails. Not applicable to accounts without a file service.',
  rationale: 'Allowing AES-128 ciphers lets clients negotiate weaker encryption for data in transit; AES-256-GCM is the strongest cipher SMB 3.1.1 offers.',
  remediation: {
    summary: 'Restrict SMB channel encryption of the file service to AES-256-GCM.',
    cli: 'az storage account file-service-properties update --account-name <account> --resource-group <resource-group> --channel-encryption AES-256-GCM',
    console: [
      'Open the storage account and choose Data storage > File shares > Security.',
      'Choose a profile whose SMB channel encryption is AES-256-GCM only, and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/files/files-smb-protocol#smb-security-settings'],
  reads: ['fileService', 'kind'],
  messages: {
    strong: 'Storage account {{name}} encrypts SMB channels with AES-256-GCM only.',
    weak: 'Storage account {{name}} allows weaker SMB channel encryption: {{algorithms}}.',
    noFileService: 'Storage account {{name}} has no file service.',
  },
  evaluate(account) {
    const file = fileServiceOf(account.name, account.properties);
    if (file === null) return { status: 'NOT_APPLICABLE', messageId: 'noFileService', evidence: { kind: account.properties.kind } };
    const { channelEncryption } = file.smb;
    const evidence = { channelEncryption };
    if (channelEncryption.length === 0) return { status: 'FAIL', messageId: 'weak', data: { algorithms: 'all supported algorithms (unset)' }, evidence };
    const weak = channelEncryption.filter((a) => !ACCEPTED.has(a.trim().toLowerCase()));
    return weak.length === 0
      ? { status: 'PASS', messageId: 'strong', evidence }
      : { status: 'FAIL', messageId: 'weak', data: { algorithms: weak.join(', ') }, evidence };
  },
});
