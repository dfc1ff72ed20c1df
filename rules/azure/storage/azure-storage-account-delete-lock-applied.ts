import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-delete-lock-applied',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'low',
  title: 'Storage accounts are protected from deletion by a resource lock',
  description:
    'Checks that a CanNotDelete or ReadOnly management lock applies to the storage account: on the account itself, its resource group or the subscription (locks are inherited).',
  rationale:
    'A delete lock turns an accidental or malicious deletion of the account, and of all its data with it, into a two-step operation that needs the permission to remove locks.',
  remediation: {
    summary: 'Add a CanNotDelete lock to the storage account (or its resource group).',
    cli: 'az lock create --name <lock> --lock-type CanNotDelete --resource-group <resource-group> --resource <account> --resource-type Microsoft.Storage/storageAccounts',
    console: ['Open the storage account and choose Settings > Locks.', 'Choose "Add", set the lock type to Delete and save.'],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/lock-account-resource',
    'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/lock-resources',
  ],
  requires: { 'azure.resources.lock': 'account' },
  messages: {
    locked: 'Storage account {{name}} is protected from deletion by lock {{locks}}.',
    unlocked: 'No resource lock protects storage account {{name}} from deletion.',
  },
  evaluate(account, ctx) {
    const id = account.id.toLowerCase();
    const locks = ctx.inventory
      .list('azure.resources.lock', { account: account.account })
      .filter((l) => id === l.properties.scopeId.toLowerCase() || id.startsWith(`${l.properties.scopeId.toLowerCase()}/`));
    const evidence = { locks: locks.map((l) => ({ name: l.name, level: l.properties.level, scope: l.properties.scopeId })) };
    if (locks.length === 0) return { status: 'FAIL', messageId: 'unlocked', evidence };
    return { status: 'PASS', messageId: 'locked', data: { locks: locks.map((l) => `${l.name} (${l.properties.level})`).join(', ') }, evidence };
  },
});
