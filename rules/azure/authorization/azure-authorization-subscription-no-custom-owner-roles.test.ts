import { azureSubscription, resourceGroupId, DEFAULT_SUBSCRIPTION, roleDefinition } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-authorization-subscription-no-custom-owner-roles.js';

const everything = (notActions: string[] = []) => [{ actions: ['*'], notActions, dataActions: [], notDataActions: [] }];

testRule(rule, {
  valid: [
    { name: 'a narrow custom role', resource: azureSubscription(), inventory: [roleDefinition('Reader Plus')], messageId: 'none' },
    { name: 'no custom roles', resource: azureSubscription() },
    {
      name: "a '*' role assignable to one resource group only",
      resource: azureSubscription(),
      inventory: [roleDefinition('RG admin', { permissions: everything(), assignableScopes: [resourceGroupId(DEFAULT_SUBSCRIPTION, 'rg-app')] })],
    },
    {
      name: "'*' in data actions is not control-plane '*'",
      resource: azureSubscription(),
      inventory: [
        roleDefinition('Blob all', { permissions: [{ actions: ['Microsoft.Storage/*/read'], notActions: [], dataActions: ['*'], notDataActions: [] }] }),
      ],
    },
  ],
  invalid: [
    {
      name: "a '*' role at the subscription",
      resource: azureSubscription(),
      inventory: [roleDefinition('Super Admin', { permissions: everything() })],
      messageId: 'found',
    },
    {
      name: "a '*' role assignable at the root",
      resource: azureSubscription(),
      inventory: [roleDefinition('Global Ops', { permissions: everything(), assignableScopes: ['/'] })],
      messageId: 'found',
    },
    {
      name: "'*' minus authorization writes is still reported (contributor-like, CIS counts it)",
      resource: azureSubscription(),
      inventory: [roleDefinition('Almost Owner', { permissions: everything(['Microsoft.Authorization/*/Write']) })],
      messageId: 'found',
      evidence: { administratorRoles: [{ notActions: ['Microsoft.Authorization/*/Write'] }] },
    },
  ],
});
