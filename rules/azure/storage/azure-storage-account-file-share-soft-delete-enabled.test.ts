import { fileServiceProperties, storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-file-share-soft-delete-enabled.js';

testRule(rule, {
  valid: [{ name: '14-day share soft delete', resource: storageAccount('stprod'), messageId: 'enabled' }],
  invalid: [
    {
      name: 'share soft delete off',
      resource: storageAccount('stshares', { fileService: fileServiceProperties({ shareDeleteRetentionPolicy: { enabled: false, days: null } }) }),
      messageId: 'disabled',
      evidence: { shareDeleteRetentionPolicy: { enabled: false } },
    },
  ],
  notApplicable: [
    { name: 'block-blob premium account', resource: storageAccount('stblobs', { kind: 'BlockBlobStorage', fileService: null }), messageId: 'noFileService' },
  ],
  error: [
    { name: 'file service not collected on a StorageV2 account', resource: storageAccount('stunknown', { fileService: null }), message: 'were not collected' },
  ],
});
