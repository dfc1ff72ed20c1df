import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-shared-key-access-disabled.js';

testRule(rule, {
  valid: [{ name: 'Shared Key disabled', resource: storageAccount('stprod'), messageId: 'disabled' }],
  invalid: [
    { name: 'Shared Key explicitly allowed', resource: storageAccount('stlegacy', { allowSharedKeyAccess: true }), messageId: 'enabled' },
    {
      name: 'unset means allowed',
      resource: storageAccount('stunset', { allowSharedKeyAccess: null }),
      messageId: 'enabled',
      evidence: { allowSharedKeyAccess: null },
    },
  ],
});
