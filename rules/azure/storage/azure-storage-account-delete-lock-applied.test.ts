import {
  armId,
  DEFAULT_RESOURCE_GROUP,
  DEFAULT_SUBSCRIPTION,
  resourceGroupId,
  resourceLock,
  storageAccount,
  subscriptionId,
} from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-delete-lock-applied.js';

const accountId = armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Storage/storageAccounts', 'stprod');

testRule(rule, {
  valid: [
    {
      name: 'a CanNotDelete lock on the account',
      resource: storageAccount('stprod'),
      inventory: [resourceLock('no-delete', { scopeId: accountId })],
      messageId: 'locked',
    },
    { name: 'a lock on the resource group is inherited', resource: storageAccount('stprod'), inventory: [resourceLock('rg-lock')] },
    {
      name: 'a ReadOnly lock on the subscription also blocks deletion',
      resource: storageAccount('stprod'),
      inventory: [resourceLock('sub-ro', { level: 'ReadOnly', scopeId: subscriptionId() })],
    },
  ],
  invalid: [
    { name: 'no locks at all', resource: storageAccount('stprod'), messageId: 'unlocked', evidence: { locks: [] } },
    {
      name: 'a lock on another account whose name starts the same does not count',
      resource: storageAccount('stprod'),
      inventory: [
        resourceLock('other', { scopeId: `${accountId}backup` }),
        resourceLock('other-rg', { scopeId: resourceGroupId(DEFAULT_SUBSCRIPTION, 'rg-prodx') }),
      ],
      messageId: 'unlocked',
    },
  ],
});
