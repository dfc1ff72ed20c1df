import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-access-keys-rotated-90-days.js';

const keysOn = { allowSharedKeyAccess: true };

testRule(rule, {
  valid: [
    { name: 'both keys regenerated in September', resource: storageAccount('stkeys', keysOn), messageId: 'rotated' },
    {
      name: 'a key exactly 90 days old is still within the period',
      resource: storageAccount('st90', { ...keysOn, keyCreationTime: { key1: '2026-08-03T09:00:00Z', key2: '2026-10-01T00:00:00Z' } }),
    },
  ],
  invalid: [
    {
      name: 'key2 never rotated since 2025',
      resource: storageAccount('ststale', { ...keysOn, keyCreationTime: { key1: '2026-10-01T00:00:00Z', key2: '2025-01-01T00:00:00Z' } }),
      messageId: 'stale',
      evidence: {
        keys: [
          { key: 'key1', stale: false },
          { key: 'key2', stale: true },
        ],
      },
    },
    {
      name: 'no key times reported: the account creation time counts',
      resource: storageAccount('stnever', { allowSharedKeyAccess: null, keyCreationTime: { key1: null, key2: null }, creationTime: '2024-02-01T00:00:00Z' }),
      messageId: 'stale',
    },
  ],
  notApplicable: [
    { name: 'Shared Key disabled', resource: storageAccount('stentra', { keyCreationTime: { key1: null, key2: null } }), messageId: 'keysDisabled' },
  ],
  error: [
    {
      name: 'no key time and no creation time',
      resource: storageAccount('stunknown', { ...keysOn, keyCreationTime: { key1: null, key2: null }, creationTime: null }),
      message: 'reports no creation time',
    },
  ],
});
