import { blobServiceProperties, storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-blob-versioning-enabled.js';

testRule(rule, {
  valid: [{ name: 'versioning on', resource: storageAccount('stprod'), messageId: 'enabled' }],
  invalid: [
    {
      name: 'versioning off',
      resource: storageAccount('stnover', { blobService: blobServiceProperties({ isVersioningEnabled: false }) }),
      messageId: 'disabled',
      evidence: { isVersioningEnabled: false },
    },
  ],
  notApplicable: [
    {
      name: 'Data Lake Storage account',
      resource: storageAccount('stlake', { isHnsEnabled: true, blobService: blobServiceProperties({ isVersioningEnabled: false }) }),
      messageId: 'hierarchical',
    },
    { name: 'premium file-share account', resource: storageAccount('stfiles', { kind: 'FileStorage', blobService: null }), messageId: 'noBlobService' },
  ],
});
