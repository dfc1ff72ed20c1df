import { fileServiceProperties, storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-smb-channel-encryption-aes-256-gcm.js';

const smb = (channelEncryption: string[]) =>
  fileServiceProperties({
    smb: { versions: ['SMB3.1.1'], channelEncryption, authenticationMethods: ['Kerberos'], kerberosTicketEncryption: ['AES-256'], multichannelEnabled: null },
  });

testRule(rule, {
  valid: [{ name: 'AES-256-GCM only', resource: storageAccount('stprod'), messageId: 'strong' }],
  invalid: [
    {
      name: 'AES-128-GCM allowed too',
      resource: storageAccount('st128', { fileService: smb(['AES-128-GCM', 'AES-256-GCM']) }),
      messageId: 'weak',
      evidence: { channelEncryption: ['AES-128-GCM', 'AES-256-GCM'] },
    },
    { name: 'unset means every algorithm', resource: storageAccount('stdefault', { fileService: smb([]) }), messageId: 'weak' },
  ],
  notApplicable: [
    { name: 'legacy blob-only account', resource: storageAccount('stblob', { kind: 'BlobStorage', fileService: null }), messageId: 'noFileService' },
  ],
});
