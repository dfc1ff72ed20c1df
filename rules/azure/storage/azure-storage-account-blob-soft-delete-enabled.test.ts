import { blobServiceProperties, storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-blob-soft-delete-enabled.js';

testRule(rule, {
  valid: [{ name: '14-day blob soft delete', resource: storageAccount('stprod'), messageId: 'enabled' }],
  invalid: [
    {
      name: 'blob soft delete off',
      resource: storageAccount('stnodel', {
        blobService: blobServiceProperties({ deleteRetentionPolicy: { enabled: false, days: null, allowPermanentDelete: null } }),
      }),
      messageId: 'disabled',
      evidence: { deleteRetentionPolicy: { enabled: false } },
    },
    {
      name: 'container soft delete alone does not protect blobs',
      resource: storageAccount('stcont', {
        blobService: blobServiceProperties({ deleteRetentionPolicy: { enabled: false, days: null, allowPermanentDelete: null } }),
      }),
      messageId: 'disabled',
    },
  ],
  notApplicable: [
    { name: 'premium file-share account', resource: storageAccount('stfiles', { kind: 'FileStorage', blobService: null }), messageId: 'noBlobService' },
  ],
  error: [
    { name: 'blob service not collected on a StorageV2 account', resource: storageAccount('stunknown', { blobService: null }), message: 'were not collected' },
  ],
});
