import { azureSubscription, roleDefinition } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-authorization-subscription-lock-administrator-role-exists.js';

const perms = (...actions: string[]) => ({ permissions: [{ actions, notActions: [], dataActions: [], notDataActions: [] }] });

testRule(rule, {
  valid: [
    {
      name: 'a Resource Lock Administrator role',
      resource: azureSubscription(),
      inventory: [roleDefinition('Resource Lock Administrator', perms('Microsoft.Authorization/locks/*'))],
      messageId: 'exists',
    },
  ],
  invalid: [
    { name: 'no custom roles', resource: azureSubscription(), messageId: 'missing' },
    {
      name: 'read-only lock access',
      resource: azureSubscription(),
      inventory: [roleDefinition('Lock Reader', perms('Microsoft.Authorization/locks/read'))],
      messageId: 'missing',
    },
    {
      name: "an Owner-like '*' role does not count",
      resource: azureSubscription(),
      inventory: [roleDefinition('Everything', perms('*', 'Microsoft.Authorization/locks/*'))],
      messageId: 'missing',
    },
  ],
});
