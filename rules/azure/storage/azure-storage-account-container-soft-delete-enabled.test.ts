import { blobServiceProperties, storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-container-soft-delete-enabled.js';

testRule(rule, {
  valid: [{ name: '14-day container soft delete', resource: storageAccount('stprod'), messageId: 'enabled' }],
  invalid: [
    {
      name: 'blob soft delete alone does not protect containers',
      resource: storageAccount('stblobonly', { blobService: blobServiceProperties({ containerDeleteRetentionPolicy: { enabled: false, days: null } }) }),
      messageId: 'disabled',
      evidence: { containerDeleteRetentionPolicy: { enabled: false } },
    },
  ],
  notApplicable: [
    { name: 'premium file-share account', resource: storageAccount('stfiles', { kind: 'FileStorage', blobService: null }), messageId: 'noBlobService' },
  ],
});
