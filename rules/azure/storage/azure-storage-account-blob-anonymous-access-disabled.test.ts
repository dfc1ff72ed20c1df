import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-blob-anonymous-access-disabled.js';

testRule(rule, {
  valid: [
    { name: 'explicitly disallowed', resource: storageAccount('stprod'), messageId: 'disabled' },
    {
      name: 'unset on a 2025 account defaults to disallowed',
      resource: storageAccount('st2025', { allowBlobPublicAccess: null }),
      evidence: { effective: false },
    },
  ],
  invalid: [
    {
      name: 'explicitly allowed',
      resource: storageAccount('stweb', { allowBlobPublicAccess: true }),
      messageId: 'enabled',
      evidence: { allowBlobPublicAccess: true },
    },
    {
      name: 'unset on a 2021 account defaults to allowed',
      resource: storageAccount('st2021', { allowBlobPublicAccess: null, creationTime: '2021-01-10T00:00:00Z' }),
      messageId: 'enabled',
    },
  ],
});
