import { AZURE_ROLE_IDS, entraUser, resourceGroupId, DEFAULT_SUBSCRIPTION, roleAssignment, virtualMachine } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-compute-virtual-machine-privileged-users-mfa.js';

const VM_ADMIN_LOGIN = '1c0163c0-47e6-4577-8991-ea5c82e286e4';
const grant = (name: string, principalId: string, roleGuid: string, scope = `/subscriptions/${DEFAULT_SUBSCRIPTION}`, principalType = 'User') =>
  roleAssignment(name, {
    scope,
    principalId,
    principalType,
    roleDefinitionId: `/subscriptions/${DEFAULT_SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`,
  });
const noMfa = {
  isMfaRegistered: false,
  isMfaCapable: false,
  isPasswordlessCapable: false,
  isSsprRegistered: false,
  isAdmin: false,
  methodsRegistered: [],
  defaultMfaMethod: null,
  lastUpdatedDateTime: null,
};
const alice = entraUser('alice@contoso.com', { objectId: 'u-alice' });
const bob = entraUser('bob@contoso.com', { objectId: 'u-bob', mfaRegistration: noMfa });

testRule(rule, {
  valid: [
    {
      name: 'the only VM admin has MFA',
      resource: virtualMachine('vm-app'),
      inventory: [grant('a', 'u-alice', VM_ADMIN_LOGIN), alice],
      messageId: 'protected',
    },
    {
      name: 'a user without MFA with Reader only',
      resource: virtualMachine('vm-app'),
      inventory: [grant('a', 'u-alice', AZURE_ROLE_IDS.owner), grant('b', 'u-bob', AZURE_ROLE_IDS.reader), alice, bob],
    },
    {
      name: 'a user without MFA who is Contributor on another resource group',
      resource: virtualMachine('vm-app'),
      inventory: [
        grant('a', 'u-alice', AZURE_ROLE_IDS.owner),
        grant('b', 'u-bob', AZURE_ROLE_IDS.contributor, resourceGroupId(DEFAULT_SUBSCRIPTION, 'rg-other')),
        alice,
        bob,
      ],
    },
  ],
  invalid: [
    {
      name: 'a VM administrator without MFA',
      resource: virtualMachine('vm-app'),
      inventory: [grant('a', 'u-alice', VM_ADMIN_LOGIN), grant('b', 'u-bob', VM_ADMIN_LOGIN, resourceGroupId(DEFAULT_SUBSCRIPTION, 'rg-prod')), alice, bob],
      messageId: 'unprotected',
      evidence: { users: [{ user: 'alice@contoso.com' }, { user: 'bob@contoso.com', mfaRegistered: false }] },
    },
    {
      name: 'Contributor inherited from the root scope',
      resource: virtualMachine('vm-app'),
      inventory: [grant('b', 'u-bob', AZURE_ROLE_IDS.contributor, '/'), bob],
      messageId: 'unprotected',
    },
  ],
  notApplicable: [
    {
      name: 'only a group and a service principal hold roles',
      resource: virtualMachine('vm-app'),
      inventory: [
        grant('g', 'g-admins', AZURE_ROLE_IDS.owner, undefined, 'Group'),
        grant('s', 'sp-deploy', AZURE_ROLE_IDS.contributor, undefined, 'ServicePrincipal'),
      ],
      messageId: 'noUsers',
      evidence: { otherPrincipals: [{ principalType: 'Group' }, { principalType: 'ServicePrincipal' }] },
    },
  ],
  error: [
    {
      name: 'the user is not in the inventory (Graph not readable)',
      resource: virtualMachine('vm-app'),
      inventory: [grant('a', 'u-ghost', VM_ADMIN_LOGIN)],
      message: 'is not in the inventory',
    },
  ],
});
