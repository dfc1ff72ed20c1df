import { AZURE_ROLE_IDS, azureSubscription, DEFAULT_SUBSCRIPTION, resourceGroupId, roleAssignment } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-authorization-subscription-owners-2-to-3.js';

const owner = (principalId: string, scope = `/subscriptions/${DEFAULT_SUBSCRIPTION}`) =>
  roleAssignment(`owner-${principalId}-${scope.length}`, {
    scope,
    principalId,
    roleDefinitionId: `/subscriptions/${DEFAULT_SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${AZURE_ROLE_IDS.owner}`,
    roleName: 'Owner',
  });

testRule(rule, {
  valid: [
    { name: 'two owners', resource: azureSubscription(), inventory: [owner('a'), owner('b')], messageId: 'balanced' },
    {
      name: 'three, one inherited from a management group',
      resource: azureSubscription(),
      inventory: [owner('a'), owner('b'), owner('c', '/providers/Microsoft.Management/managementGroups/contoso')],
    },
    { name: 'the same principal twice counts once', resource: azureSubscription(), inventory: [owner('a'), owner('b'), owner('b', '/')] },
  ],
  invalid: [
    { name: 'four owners', resource: azureSubscription(), inventory: [owner('a'), owner('b'), owner('c'), owner('d')], messageId: 'tooMany' },
    { name: 'a single owner', resource: azureSubscription(), inventory: [owner('a')], messageId: 'tooFew' },
    {
      name: 'resource-group owners do not own the subscription',
      resource: azureSubscription(),
      inventory: [owner('a'), owner('b', resourceGroupId(DEFAULT_SUBSCRIPTION, 'rg-app'))],
      messageId: 'tooFew',
    },
  ],
});
