import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-cross-tenant-replication-disabled.js';

testRule(rule, {
  valid: [
    { name: 'explicitly disabled', resource: storageAccount('stprod'), messageId: 'disabled' },
    {
      name: 'unset on an account created in 2024 defaults to disabled',
      resource: storageAccount('st2024', { allowCrossTenantReplication: null, creationTime: '2024-03-01T00:00:00Z' }),
      evidence: { effective: false },
    },
  ],
  invalid: [
    { name: 'explicitly enabled', resource: storageAccount('streplica', { allowCrossTenantReplication: true }), messageId: 'enabled' },
    {
      name: 'unset on an account created in 2022 defaults to enabled',
      resource: storageAccount('st2022', { allowCrossTenantReplication: null, creationTime: '2022-05-01T00:00:00Z' }),
      messageId: 'enabled',
      evidence: { allowCrossTenantReplication: null, effective: true },
    },
  ],
  error: [
    {
      name: 'unset with no creation time',
      resource: storageAccount('stunknown', { allowCrossTenantReplication: null, creationTime: null }),
      message: 'neither the setting nor its creation time',
    },
  ],
});
