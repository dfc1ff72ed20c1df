/**
 * Identity in the demo tenant and subscription: Conditional Access instead of security defaults,
 * one VM operator without MFA, a guest and a leaver, two owners, a forgotten '*' custom role, and
 * a tenant policy that still lets subscriptions in.
 */
import type { AnyResource } from '../resources/index.js';
import {
  AZURE_ROLE_IDS,
  entraAuthenticationMethodsPolicy,
  entraAuthorizationPolicy,
  entraConditionalAccessPolicy,
  entraDeviceRegistrationPolicy,
  entraDiagnosticSetting,
  entraDirectoryRole,
  entraDirectorySetting,
  entraNamedLocation,
  entraSecurityDefaults,
  entraTenant,
  entraUser,
  diagnosticLog,
  ENTRA_ROLE_TEMPLATE_IDS,
  resourceGroupId,
  resourceLock,
  roleAssignment,
  roleDefinition,
  subscriptionTenantPolicy,
} from '../inventory/builders/azure.js';
import { DEMO_AZURE_SUBSCRIPTION, id, SUB, TENANT, WORKSPACE } from './azure-placement.js';

const SUBSCRIPTION_SCOPE = `/subscriptions/${DEMO_AZURE_SUBSCRIPTION}`;
const role = (guid: string): string => `${SUBSCRIPTION_SCOPE}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const VM_ADMIN_LOGIN = '1c0163c0-47e6-4577-8991-ea5c82e286e4';
const NO_MFA = {
  isMfaRegistered: false,
  isMfaCapable: false,
  isPasswordlessCapable: false,
  isSsprRegistered: true,
  isAdmin: false,
  methodsRegistered: [],
  defaultMfaMethod: null,
  lastUpdatedDateTime: '2026-06-02T08:00:00.000Z',
};

function entra(): AnyResource[] {
  return [
    entraTenant({ displayName: 'Contoso', defaultDomain: 'contoso.onmicrosoft.com' }, TENANT),
    // Conditional Access replaces security defaults (not applicable to 5.1.1).
    entraSecurityDefaults({ isEnabled: false }, TENANT),
    entraConditionalAccessPolicy('CA001 Require MFA for all users', { users: { include: ['All'], exclude: ['u-breakglass'] } }, TENANT),
    entraConditionalAccessPolicy(
      'CA002 Require MFA for Azure management',
      { applications: { include: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'], exclude: [] } },
      TENANT,
    ),
    // Drafted, never switched on: risky sign-ins are not covered.
    entraConditionalAccessPolicy('CA010 Risky sign-ins', { state: 'enabledForReportingButNotEnforced', signInRiskLevels: ['high', 'medium'] }, TENANT),
    entraNamedLocation('Contoso offices', { ipRanges: ['198.51.100.0/24', '203.0.113.0/25'] }, TENANT),
    // Guests can invite guests (the Entra default) and users may consent to low-impact apps.
    entraAuthorizationPolicy(
      {
        allowInvitesFrom: 'everyone',
        defaultUserRolePermissions: {
          allowedToCreateApps: false,
          allowedToCreateSecurityGroups: true,
          allowedToCreateTenants: false,
          allowedToReadOtherUsers: true,
          allowedToReadBitlockerKeysForOwnedDevice: false,
          permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-low'],
        },
      },
      TENANT,
    ),
    entraDirectorySetting('Group.Unified', {}, TENANT),
    entraDeviceRegistrationPolicy({ multiFactorAuthConfiguration: 'notRequired' }, TENANT),
    entraAuthenticationMethodsPolicy({}, TENANT),
    entraDirectoryRole(
      'Global Administrator',
      {
        members: [
          { objectId: 'u-alice', type: 'user', displayName: 'Alice Martin' },
          { objectId: 'u-breakglass', type: 'user', displayName: 'Break Glass' },
        ],
      },
      TENANT,
    ),
    entraUser('alice.martin@contoso.com', { objectId: 'u-alice', directoryRoleTemplateIds: [ENTRA_ROLE_TEMPLATE_IDS.globalAdministrator] }, TENANT),
    entraUser(
      'breakglass@contoso.onmicrosoft.com',
      { objectId: 'u-breakglass', directoryRoleTemplateIds: [ENTRA_ROLE_TEMPLATE_IDS.globalAdministrator], perUserMfaState: 'enforced', mfaRegistration: null },
      TENANT,
    ),
    entraUser('bob.lee@contoso.com', { objectId: 'u-bob', mfaRegistration: NO_MFA }, TENANT),
    entraUser('chen.wei@contoso.com', { objectId: 'u-chen' }, TENANT),
    entraUser(
      'dana_fabrikam.com#EXT#@contoso.onmicrosoft.com',
      { objectId: 'u-dana', userType: 'Guest', externalUserState: 'Accepted', mfaRegistration: NO_MFA },
      TENANT,
    ),
    entraUser('former.employee@contoso.com', { objectId: 'u-leaver', accountEnabled: false, mfaRegistration: NO_MFA }, TENANT),
    // Audit and interactive sign-ins only: the other sign-in logs and Graph activity are not exported.
    entraDiagnosticSetting(
      'entra-to-law',
      { workspaceId: WORKSPACE, logs: ['AuditLogs', 'SignInLogs'].map((category) => diagnosticLog({ category })) },
      TENANT,
    ),
    subscriptionTenantPolicy({ blockSubscriptionsLeavingTenant: true, blockSubscriptionsIntoTenant: false }, TENANT),
  ];
}

function rbac(): AnyResource[] {
  return [
    roleAssignment('ra-owner-alice', { principalId: 'u-alice', roleDefinitionId: role(AZURE_ROLE_IDS.owner), roleName: 'Owner' }, SUB),
    roleAssignment(
      'ra-owner-platform',
      { principalId: 'g-platform-admins', principalType: 'Group', roleDefinitionId: role(AZURE_ROLE_IDS.owner), roleName: 'Owner' },
      SUB,
    ),
    roleAssignment('ra-reader-chen', { principalId: 'u-chen' }, SUB),
    roleAssignment(
      'ra-contrib-deploy',
      { principalId: 'sp-github-deploy', principalType: 'ServicePrincipal', roleDefinitionId: role(AZURE_ROLE_IDS.contributor), roleName: 'Contributor' },
      SUB,
    ),
    // The app team's operator signs in to the VMs as administrator, without MFA.
    roleAssignment(
      'ra-vmadmin-bob',
      {
        scope: resourceGroupId(DEMO_AZURE_SUBSCRIPTION, 'rg-app'),
        principalId: 'u-bob',
        roleDefinitionId: role(VM_ADMIN_LOGIN),
        roleName: 'Virtual Machine Administrator Login',
      },
      SUB,
    ),
    roleDefinition(
      'Resource Lock Administrator',
      { permissions: [{ actions: ['Microsoft.Authorization/locks/*'], notActions: [], dataActions: [], notDataActions: [] }] },
      SUB,
    ),
    // Created for a migration in 2024 and never removed.
    roleDefinition(
      'Platform Operator',
      { permissions: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }], createdOn: '2024-03-11T10:00:00.000Z' },
      SUB,
    ),
    resourceLock('no-delete', { scopeId: id('rg-data', 'Microsoft.Storage/storageAccounts', 'stcontosodata') }, SUB),
  ];
}

export function demoAzureIdentity(): AnyResource[] {
  return [...entra(), ...rbac()];
}
