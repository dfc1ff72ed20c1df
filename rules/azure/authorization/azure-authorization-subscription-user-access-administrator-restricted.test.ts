import { AZURE_ROLE_IDS, azureSubscription, resourceGroupId, DEFAULT_SUBSCRIPTION, roleAssignment } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-authorization-subscription-user-access-administrator-restricted.js';

const uaa = (name: string, scope: string) =>
  roleAssignment(name, {
    scope,
    roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${AZURE_ROLE_IDS.userAccessAdministrator}`,
    roleName: 'User Access Administrator',
  });

testRule(rule, {
  valid: [
    {
      name: 'readers and owners only',
      resource: azureSubscription(),
      inventory: [roleAssignment('reader'), roleAssignment('owner', { roleDefinitionId: `/x/${AZURE_ROLE_IDS.owner}`, roleName: 'Owner' })],
      messageId: 'restricted',
    },
    {
      name: 'UAA on one resource group only',
      resource: azureSubscription(),
      inventory: [uaa('rg-uaa', resourceGroupId(DEFAULT_SUBSCRIPTION, 'rg-app'))],
      evidence: { narrower: [{ level: 'resourceGroup' }] },
    },
  ],
  invalid: [
    {
      name: "elevated access at the root scope '/'",
      resource: azureSubscription(),
      inventory: [uaa('root-uaa', '/')],
      messageId: 'assigned',
      evidence: { subscriptionWide: [{ scope: '/', level: 'root' }] },
    },
    {
      name: 'at the subscription',
      resource: azureSubscription(),
      inventory: [uaa('sub-uaa', `/subscriptions/${DEFAULT_SUBSCRIPTION}`)],
      messageId: 'assigned',
    },
    {
      name: 'inherited from a management group',
      resource: azureSubscription(),
      inventory: [uaa('mg-uaa', '/providers/Microsoft.Management/managementGroups/contoso')],
      messageId: 'assigned',
    },
  ],
});
