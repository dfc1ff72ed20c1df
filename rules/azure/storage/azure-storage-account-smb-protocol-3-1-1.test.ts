import { fileServiceProperties, storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-smb-protocol-3-1-1.js';

const smb = (versions: string[]) =>
  fileServiceProperties({
    smb: {
      versions,
      channelEncryption: ['AES-256-GCM'],
      authenticationMethods: ['Kerberos'],
      kerberosTicketEncryption: ['AES-256'],
      multichannelEnabled: null,
    },
  });

testRule(rule, {
  valid: [{ name: 'SMB 3.1.1 only', resource: storageAccount('stprod'), messageId: 'latest' }],
  invalid: [
    {
      name: 'SMB 3.0 still allowed',
      resource: storageAccount('st30', { fileService: smb(['SMB3.0', 'SMB3.1.1']) }),
      messageId: 'older',
      evidence: { versions: ['SMB3.0', 'SMB3.1.1'] },
    },
    { name: 'unset means every version, including SMB 2.1', resource: storageAccount('stdefault', { fileService: smb([]) }), messageId: 'older' },
  ],
  notApplicable: [
    { name: 'block-blob premium account', resource: storageAccount('stblobs', { kind: 'BlockBlobStorage', fileService: null }), messageId: 'noFileService' },
  ],
});
