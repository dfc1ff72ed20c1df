/**
 * Factories for Azure resources whose defaults are compliant with CIS Azure Foundations v5/v6, so a
 * test case or the demo overrides exactly the property under test. Ids follow ARM resource id
 * formats (`/subscriptions/<sub>/resourceGroups/<rg>/providers/<ns>/<type>/<name>`); Entra objects
 * use `/tenants/<tenant>/<collection>/<objectId>`. `account` is the subscription id (the tenant id
 * for tenant-level types) and `region` the location or 'global'. Times are relative to the
 * rule tester's default clock, 2026-11-01T09:00:00Z.
 */
import type { Resource } from '../../resources/index.js';
import type {
  ActivityLogAlert,
  ActivityLogAlertCondition,
  AppInsightsComponent,
  ApplicationGateway,
  DefenderAutoProvisioningSetting,
  AzureLocation,
  AzureSubscription,
  BastionHost,
  BlobServiceProperties,
  DatabricksWorkspace,
  DefenderPlan,
  DiagnosticLogSetting,
  DiagnosticSetting,
  EntraAuthenticationMethodsPolicy,
  EntraAuthorizationPolicy,
  EntraConditionalAccessPolicy,
  EntraDeviceRegistrationPolicy,
  EntraDiagnosticSetting,
  EntraDirectoryRole,
  EntraDirectorySetting,
  EntraNamedLocation,
  EntraSecurityDefaults,
  EntraTenant,
  EntraUser,
  FileServiceProperties,
  NetworkFlowLog,
  KeyVault,
  KeyVaultCertificate,
  KeyVaultKey,
  KeyVaultSecret,
  LogProfile,
  ManagedDisk,
  NetworkSecurityGroup,
  NetworkWatcher,
  NsgSecurityRule,
  PolicyAssignment,
  PrivateEndpointConnection,
  PublicIpAddress,
  ResourceLock,
  RoleAssignment,
  RoleDefinition,
  DefenderAssessment,
  DefenderSecurityContact,
  DefenderSetting,
  SqlDatabase,
  SqlServer,
  StorageAccount,
  VirtualNetworkSubnet,
  SubscriptionDiagnosticSetting,
  SubscriptionTenantPolicy,
  VirtualMachine,
  VirtualNetwork,
  VirtualNetworkGateway,
  VmDiskReference,
  WafPolicy,
  WebApp,
} from '../../resources/azure/index.js';
import { makeResource, type Placement } from './resource.js';

export const DEFAULT_SUBSCRIPTION = '11111111-2222-4333-8444-555555555555';
export const DEFAULT_TENANT = '99999999-8888-4777-8666-555555555555';
export const DEFAULT_LOCATION = 'westeurope';
export const DEFAULT_RESOURCE_GROUP = 'rg-prod';

/** Well-known ids the rules read. */
export const AZURE_ROLE_IDS = Object.freeze({
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f6fdd7f50cc7',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
});
export const ENTRA_ROLE_TEMPLATE_IDS = Object.freeze({
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  tenantCreator: '112ca1a2-15ad-4102-995e-45b0bc479a6a',
});
export const GUEST_ROLE_IDS = Object.freeze({
  sameAsMembers: 'a0b1b346-4d3e-4e8b-98f8-753987be4970',
  limited: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
  restricted: '2af84b1e-32c8-42b7-82bc-daa82404023b',
});

/** Where an Azure resource lives: `account` is the subscription (or tenant) id, `region` the location. */
export interface AzurePlacement extends Placement {
  readonly resourceGroup?: string;
}

interface Where {
  readonly account: string;
  readonly region: string;
  readonly resourceGroup: string;
  readonly tags: Readonly<Record<string, string>>;
}

function where(p: AzurePlacement, defaultRegion: string = DEFAULT_LOCATION): Where {
  return {
    account: p.account ?? DEFAULT_SUBSCRIPTION,
    region: p.region ?? defaultRegion,
    resourceGroup: p.resourceGroup ?? DEFAULT_RESOURCE_GROUP,
    tags: p.tags ?? {},
  };
}

function tenantWhere(p: AzurePlacement): { account: string; tags: Readonly<Record<string, string>> } {
  return { account: p.account ?? DEFAULT_TENANT, tags: p.tags ?? {} };
}

// ---------------------------------------------------------------------------------------------
// Ids

export function subscriptionId(subscription: string = DEFAULT_SUBSCRIPTION): string {
  return `/subscriptions/${subscription}`;
}

export function resourceGroupId(subscription: string, resourceGroup: string): string {
  return `${subscriptionId(subscription)}/resourceGroups/${resourceGroup}`;
}

/** `/subscriptions/<sub>/resourceGroups/<rg>/providers/<namespaceAndType>/<name>`. */
export function armId(subscription: string, resourceGroup: string, namespaceAndType: string, name: string): string {
  return `${resourceGroupId(subscription, resourceGroup)}/providers/${namespaceAndType}/${name}`;
}

export function tenantId(tenant: string = DEFAULT_TENANT): string {
  return `/tenants/${tenant}`;
}

/** Id of an Entra object: `/tenants/<tenant>/<collection>/<objectId>`, e.g. collection 'users'. */
export function entraObjectId(tenant: string, collection: string, objectId: string): string {
  return `${tenantId(tenant)}/${collection}/${objectId}`;
}

// ---------------------------------------------------------------------------------------------
// Shared shapes

/** A diagnostic setting sending `categories` (or the 'allLogs' group) to a Log Analytics workspace. */
export function diagnosticSetting(name: string, props: Partial<DiagnosticSetting> = {}, resourceId = subscriptionId()): DiagnosticSetting {
  return {
    id: `${resourceId}/providers/Microsoft.Insights/diagnosticSettings/${name}`,
    name,
    storageAccountId: null,
    workspaceId: armId(DEFAULT_SUBSCRIPTION, 'rg-monitoring', 'Microsoft.OperationalInsights/workspaces', 'law-security'),
    eventHubAuthorizationRuleId: null,
    eventHubName: null,
    marketplacePartnerId: null,
    logs: [diagnosticLog({ categoryGroup: 'allLogs' })],
    metrics: [],
    ...props,
  };
}

export function diagnosticLog(props: Partial<DiagnosticLogSetting> = {}): DiagnosticLogSetting {
  return { category: null, categoryGroup: null, enabled: true, retentionDays: null, ...props };
}

export function privateEndpointConnection(resourceId: string, name = 'pe-conn'): PrivateEndpointConnection {
  return {
    id: `${resourceId}/privateEndpointConnections/${name}`,
    privateEndpointId: armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Network/privateEndpoints', `pe-${name}`),
    status: 'Approved',
  };
}

// ---------------------------------------------------------------------------------------------
// Subscription, locations, governance

export function azureSubscription(props: Partial<AzureSubscription> = {}, p: AzurePlacement = {}): Resource<'azure.subscription'> {
  const { account, tags } = where(p);
  return makeResource(
    'azure.subscription',
    { id: subscriptionId(account), name: props.displayName ?? 'Production', account, region: 'global', tags },
    {
      subscriptionId: account,
      displayName: 'Production',
      tenantId: DEFAULT_TENANT,
      state: 'Enabled',
      quotaId: 'EnterpriseAgreement_2014-09-01',
      spendingLimit: 'Off',
      authorizationSource: 'RoleBased',
      managedByTenantIds: [],
      ...props,
    },
  );
}

export function azureLocation(name: string, props: Partial<AzureLocation> = {}, p: AzurePlacement = {}): Resource<'azure.location'> {
  const { account } = where(p);
  return makeResource(
    'azure.location',
    { id: `${subscriptionId(account)}/locations/${name}`, name, account, region: name },
    { name, displayName: name, resourceCount: 1, ...props },
  );
}

export function subscriptionTenantPolicy(props: Partial<SubscriptionTenantPolicy> = {}, p: AzurePlacement = {}): Resource<'azure.subscription.tenant-policy'> {
  const { account } = tenantWhere(p);
  return makeResource(
    'azure.subscription.tenant-policy',
    { id: `${tenantId(account)}/providers/Microsoft.Subscription/policies/default`, name: 'default', account, region: 'global' },
    { blockSubscriptionsLeavingTenant: true, blockSubscriptionsIntoTenant: true, exemptedPrincipals: [], ...props },
  );
}

/** A lock; `scopeId` defaults to the resource group. */
export function resourceLock(name: string, props: Partial<ResourceLock> = {}, p: AzurePlacement = {}): Resource<'azure.resources.lock'> {
  const { account, resourceGroup } = where(p);
  const scopeId = props.scopeId ?? resourceGroupId(account, resourceGroup);
  return makeResource(
    'azure.resources.lock',
    { id: `${scopeId}/providers/Microsoft.Authorization/locks/${name}`, name, account, region: 'global' },
    { level: 'CanNotDelete', notes: null, scopeId, ownerApplicationIds: [], ...props },
  );
}

/** Defaults to the Microsoft Cloud Security Benchmark assignment Defender for Cloud creates. */
export function policyAssignment(
  name = 'SecurityCenterBuiltIn',
  props: Partial<PolicyAssignment> = {},
  p: AzurePlacement = {},
): Resource<'azure.policy.assignment'> {
  const { account } = where(p);
  const scope = props.scope ?? subscriptionId(account);
  return makeResource(
    'azure.policy.assignment',
    { id: `${scope}/providers/Microsoft.Authorization/policyAssignments/${name}`, name, account, region: 'global' },
    {
      name,
      displayName: 'ASC Default (subscription: ' + account + ')',
      policyDefinitionId: '/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8',
      scope,
      notScopes: [],
      enforcementMode: 'Default',
      parameters: {},
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Authorization

/** A role assignment; defaults to Reader for a user at subscription scope. */
export function roleAssignment(name: string, props: Partial<RoleAssignment> = {}, p: AzurePlacement = {}): Resource<'azure.authorization.role-assignment'> {
  const { account } = where(p);
  const scope = props.scope ?? subscriptionId(account);
  return makeResource(
    'azure.authorization.role-assignment',
    { id: `${scope === '/' ? '' : scope}/providers/Microsoft.Authorization/roleAssignments/${name}`, name, account, region: 'global' },
    {
      scope,
      roleDefinitionId: `${subscriptionId(account)}/providers/Microsoft.Authorization/roleDefinitions/${AZURE_ROLE_IDS.reader}`,
      roleName: 'Reader',
      roleType: 'BuiltInRole',
      principalId: '00000000-0000-4000-8000-0000000000a1',
      principalType: 'User',
      condition: null,
      createdOn: '2026-01-15T10:00:00.000Z',
      description: null,
      ...props,
    },
  );
}

/** A custom role definition; defaults to a narrow read-only role assignable in the subscription. */
export function roleDefinition(name: string, props: Partial<RoleDefinition> = {}, p: AzurePlacement = {}): Resource<'azure.authorization.role-definition'> {
  const { account } = where(p);
  return makeResource(
    'azure.authorization.role-definition',
    { id: `${subscriptionId(account)}/providers/Microsoft.Authorization/roleDefinitions/${name}`, name: props.roleName ?? name, account, region: 'global' },
    {
      roleName: name,
      roleType: 'CustomRole',
      description: null,
      assignableScopes: [subscriptionId(account)],
      permissions: [{ actions: ['Microsoft.Resources/subscriptions/resourceGroups/read'], notActions: [], dataActions: [], notDataActions: [] }],
      createdOn: '2026-01-15T10:00:00.000Z',
      updatedOn: '2026-01-15T10:00:00.000Z',
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Entra (tenant-level: placement.account is the tenant id)

export function entraTenant(props: Partial<EntraTenant> = {}, p: AzurePlacement = {}): Resource<'azure.entra.tenant'> {
  const { account } = tenantWhere(p);
  return makeResource(
    'azure.entra.tenant',
    { id: tenantId(account), name: props.displayName ?? 'Contoso', account, region: 'global' },
    { tenantId: account, displayName: 'Contoso', defaultDomain: 'contoso.onmicrosoft.com', onPremisesSyncEnabled: false, ...props },
  );
}

export function entraSecurityDefaults(props: Partial<EntraSecurityDefaults> = {}, p: AzurePlacement = {}): Resource<'azure.entra.security-defaults'> {
  const { account } = tenantWhere(p);
  return makeResource(
    'azure.entra.security-defaults',
    { id: `${tenantId(account)}/policies/identitySecurityDefaultsEnforcementPolicy`, name: 'Security defaults', account, region: 'global' },
    { isEnabled: true, ...props },
  );
}

export function entraAuthorizationPolicy(props: Partial<EntraAuthorizationPolicy> = {}, p: AzurePlacement = {}): Resource<'azure.entra.authorization-policy'> {
  const { account } = tenantWhere(p);
  return makeResource(
    'azure.entra.authorization-policy',
    { id: `${tenantId(account)}/policies/authorizationPolicy`, name: 'Authorization Policy', account, region: 'global' },
    {
      allowInvitesFrom: 'adminsAndGuestInviters',
      guestUserRoleId: GUEST_ROLE_IDS.restricted,
      allowedToSignUpEmailBasedSubscriptions: false,
      allowedToUseSSPR: true,
      allowEmailVerifiedUsersToJoinOrganization: false,
      allowUserConsentForRiskyApps: false,
      blockMsolPowerShell: true,
      defaultUserRolePermissions: {
        allowedToCreateApps: false,
        allowedToCreateSecurityGroups: false,
        allowedToCreateTenants: false,
        allowedToReadOtherUsers: true,
        allowedToReadBitlockerKeysForOwnedDevice: false,
        permissionGrantPoliciesAssigned: [],
      },
      ...props,
    },
  );
}

/** A directory setting; defaults to 'Group.Unified' with group creation restricted. */
export function entraDirectorySetting(
  displayName = 'Group.Unified',
  props: Partial<EntraDirectorySetting> = {},
  p: AzurePlacement = {},
): Resource<'azure.entra.directory-setting'> {
  const { account } = tenantWhere(p);
  const objectId = `setting-${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return makeResource(
    'azure.entra.directory-setting',
    { id: entraObjectId(account, 'groupSettings', objectId), name: displayName, account, region: 'global' },
    {
      displayName,
      templateId: displayName === 'Group.Unified' ? '62375ab9-6b52-47ed-826b-58e47e0e304b' : null,
      values: displayName === 'Group.Unified' ? { EnableGroupCreation: 'false' } : {},
      ...props,
    },
  );
}

/** A member user with MFA registered and no directory role. */
export function entraUser(userPrincipalName: string, props: Partial<EntraUser> = {}, p: AzurePlacement = {}): Resource<'azure.entra.user'> {
  const { account } = tenantWhere(p);
  const objectId = props.objectId ?? `user-${userPrincipalName.split('@')[0] ?? userPrincipalName}`;
  return makeResource(
    'azure.entra.user',
    { id: entraObjectId(account, 'users', objectId), name: userPrincipalName, account, region: 'global' },
    {
      objectId,
      userPrincipalName,
      displayName: userPrincipalName.split('@')[0] ?? userPrincipalName,
      mail: userPrincipalName,
      userType: 'Member',
      accountEnabled: true,
      createdDateTime: '2025-03-01T09:00:00.000Z',
      externalUserState: null,
      onPremisesSyncEnabled: false,
      lastSignInDateTime: '2026-10-30T08:00:00.000Z',
      mfaRegistration: {
        isMfaRegistered: true,
        isMfaCapable: true,
        isPasswordlessCapable: false,
        isSsprRegistered: true,
        isAdmin: false,
        methodsRegistered: ['microsoftAuthenticatorPush'],
        defaultMfaMethod: 'microsoftAuthenticatorPush',
        lastUpdatedDateTime: '2026-10-01T00:00:00.000Z',
      },
      perUserMfaState: null,
      directoryRoleTemplateIds: [],
      ...props,
    },
  );
}

/** An activated directory role; defaults to Global Administrator with two members. */
export function entraDirectoryRole(
  displayName = 'Global Administrator',
  props: Partial<EntraDirectoryRole> = {},
  p: AzurePlacement = {},
): Resource<'azure.entra.directory-role'> {
  const { account } = tenantWhere(p);
  const roleTemplateId = props.roleTemplateId ?? ENTRA_ROLE_TEMPLATE_IDS.globalAdministrator;
  return makeResource(
    'azure.entra.directory-role',
    { id: entraObjectId(account, 'directoryRoles', `role-${roleTemplateId}`), name: displayName, account, region: 'global' },
    {
      displayName,
      roleTemplateId,
      members: [
        { objectId: 'user-admin1', type: 'user', displayName: 'admin1' },
        { objectId: 'user-admin2', type: 'user', displayName: 'admin2' },
      ],
      ...props,
    },
  );
}

/** A Conditional Access policy; defaults to "require MFA for all users on all apps", enabled. */
export function entraConditionalAccessPolicy(
  displayName: string,
  props: Partial<EntraConditionalAccessPolicy> = {},
  p: AzurePlacement = {},
): Resource<'azure.entra.conditional-access-policy'> {
  const { account } = tenantWhere(p);
  const objectId = `ca-${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return makeResource(
    'azure.entra.conditional-access-policy',
    { id: entraObjectId(account, 'conditionalAccessPolicies', objectId), name: displayName, account, region: 'global' },
    {
      displayName,
      state: 'enabled',
      users: { include: ['All'], exclude: [] },
      groups: { include: [], exclude: [] },
      roles: { include: [], exclude: [] },
      applications: { include: ['All'], exclude: [] },
      userActions: [],
      clientAppTypes: ['all'],
      locations: null,
      platforms: null,
      signInRiskLevels: [],
      userRiskLevels: [],
      authenticationFlows: null,
      grantControls: { operator: 'OR', builtInControls: ['mfa'], authenticationStrengthId: null },
      sessionControls: null,
      ...props,
    },
  );
}

export function entraNamedLocation(
  displayName: string,
  props: Partial<EntraNamedLocation> = {},
  p: AzurePlacement = {},
): Resource<'azure.entra.named-location'> {
  const { account } = tenantWhere(p);
  const objectId = `loc-${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return makeResource(
    'azure.entra.named-location',
    { id: entraObjectId(account, 'namedLocations', objectId), name: displayName, account, region: 'global' },
    { displayName, kind: 'ip', isTrusted: true, ipRanges: ['203.0.113.0/24'], countriesAndRegions: [], includeUnknownCountriesAndRegions: null, ...props },
  );
}

export function entraDeviceRegistrationPolicy(
  props: Partial<EntraDeviceRegistrationPolicy> = {},
  p: AzurePlacement = {},
): Resource<'azure.entra.device-registration-policy'> {
  const { account } = tenantWhere(p);
  return makeResource(
    'azure.entra.device-registration-policy',
    { id: `${tenantId(account)}/policies/deviceRegistrationPolicy`, name: 'Device Registration Policy', account, region: 'global' },
    { multiFactorAuthConfiguration: 'required', userDeviceQuota: 20, azureADJoinAllowed: 'selected', localAdminsEnableGlobalAdmins: true, ...props },
  );
}

export function entraAuthenticationMethodsPolicy(
  props: Partial<EntraAuthenticationMethodsPolicy> = {},
  p: AzurePlacement = {},
): Resource<'azure.entra.authentication-methods-policy'> {
  const { account } = tenantWhere(p);
  return makeResource(
    'azure.entra.authentication-methods-policy',
    { id: `${tenantId(account)}/policies/authenticationMethodsPolicy`, name: 'Authentication Methods Policy', account, region: 'global' },
    {
      methods: [
        { id: 'Fido2', state: 'enabled' },
        { id: 'MicrosoftAuthenticator', state: 'enabled' },
        { id: 'Sms', state: 'disabled' },
      ],
      registrationCampaignState: 'enabled',
      policyMigrationState: 'migrationComplete',
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Monitor

/** The CIS 6.1.1.2 categories, enabled, to a Log Analytics workspace. */
export function subscriptionDiagnosticSetting(
  name = 'activity-log-to-law',
  props: Partial<SubscriptionDiagnosticSetting> = {},
  p: AzurePlacement = {},
): Resource<'azure.monitor.subscription-diagnostic-setting'> {
  const { account } = where(p);
  return makeResource(
    'azure.monitor.subscription-diagnostic-setting',
    { id: `${subscriptionId(account)}/providers/Microsoft.Insights/diagnosticSettings/${name}`, name, account, region: 'global' },
    {
      storageAccountId: null,
      workspaceId: armId(account, 'rg-monitoring', 'Microsoft.OperationalInsights/workspaces', 'law-security'),
      eventHubAuthorizationRuleId: null,
      eventHubName: null,
      marketplacePartnerId: null,
      logs: ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'].map((category) =>
        diagnosticLog({ category }),
      ),
      ...props,
    },
  );
}

export function entraDiagnosticSetting(
  name = 'entra-to-law',
  props: Partial<EntraDiagnosticSetting> = {},
  p: AzurePlacement = {},
): Resource<'azure.monitor.entra-diagnostic-setting'> {
  const { account } = tenantWhere(p);
  return makeResource(
    'azure.monitor.entra-diagnostic-setting',
    { id: `/providers/microsoft.aadiam/diagnosticSettings/${name}`, name, account, region: 'global' },
    {
      storageAccountId: null,
      workspaceId: armId(DEFAULT_SUBSCRIPTION, 'rg-monitoring', 'Microsoft.OperationalInsights/workspaces', 'law-security'),
      eventHubAuthorizationRuleId: null,
      eventHubName: null,
      logs: ['AuditLogs', 'SignInLogs', 'NonInteractiveUserSignInLogs', 'ServicePrincipalSignInLogs', 'MicrosoftGraphActivityLogs'].map((category) =>
        diagnosticLog({ category }),
      ),
      ...props,
    },
  );
}

/** The `condition.allOf` of an Administrative alert on one operation (CIS 6.1.2.1-6.1.2.10). */
export function administrativeAlertConditions(operationName: string): ActivityLogAlertCondition[] {
  return [
    { field: 'category', equals: 'Administrative', containsAny: [], anyOf: [] },
    { field: 'operationName', equals: operationName, containsAny: [], anyOf: [] },
  ];
}

/** An enabled alert on the subscription; defaults to 'Create Policy Assignment'. */
export function activityLogAlert(name: string, props: Partial<ActivityLogAlert> = {}, p: AzurePlacement = {}): Resource<'azure.monitor.activity-log-alert'> {
  const { account, resourceGroup, tags } = where(p);
  return makeResource(
    'azure.monitor.activity-log-alert',
    { id: armId(account, resourceGroup, 'Microsoft.Insights/activityLogAlerts', name), name, account, region: 'global', tags },
    {
      enabled: true,
      scopes: [subscriptionId(account)],
      conditions: administrativeAlertConditions('Microsoft.Authorization/policyAssignments/write'),
      actionGroupIds: [armId(account, resourceGroup, 'Microsoft.Insights/actionGroups', 'ag-security')],
      description: null,
      ...props,
    },
  );
}

export function logProfile(name = 'default', props: Partial<LogProfile> = {}, p: AzurePlacement = {}): Resource<'azure.monitor.log-profile'> {
  const { account } = where(p);
  return makeResource(
    'azure.monitor.log-profile',
    { id: `${subscriptionId(account)}/providers/Microsoft.Insights/logprofiles/${name}`, name, account, region: 'global' },
    {
      storageAccountId: armId(account, 'rg-monitoring', 'Microsoft.Storage/storageAccounts', 'stactivitylogs'),
      serviceBusRuleId: null,
      locations: ['global', DEFAULT_LOCATION],
      categories: ['Write', 'Delete', 'Action'],
      retentionEnabled: false,
      retentionDays: 0,
      ...props,
    },
  );
}

export function appInsightsComponent(name: string, props: Partial<AppInsightsComponent> = {}, p: AzurePlacement = {}): Resource<'azure.appinsights.component'> {
  const { account, region, resourceGroup, tags } = where(p);
  return makeResource(
    'azure.appinsights.component',
    { id: armId(account, resourceGroup, 'Microsoft.Insights/components', name), name, account, region, tags },
    {
      applicationType: 'web',
      workspaceResourceId: armId(account, 'rg-monitoring', 'Microsoft.OperationalInsights/workspaces', 'law-security'),
      ingestionMode: 'LogAnalytics',
      publicNetworkAccessForIngestion: 'Enabled',
      publicNetworkAccessForQuery: 'Enabled',
      disableLocalAuth: true,
      retentionInDays: 90,
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Defender for Cloud

/** A Defender plan, On ('Standard') by default. */
export function defenderPlan(name: string, props: Partial<DefenderPlan> = {}, p: AzurePlacement = {}): Resource<'azure.security.pricing'> {
  const { account } = where(p);
  return makeResource(
    'azure.security.pricing',
    { id: `${subscriptionId(account)}/providers/Microsoft.Security/pricings/${name}`, name, account, region: 'global' },
    { name, pricingTier: 'Standard', subPlan: null, enablementTime: '2026-01-01T00:00:00.000Z', deprecated: false, extensions: [], ...props },
  );
}

export function securityContact(name = 'default', props: Partial<DefenderSecurityContact> = {}, p: AzurePlacement = {}): Resource<'azure.security.contact'> {
  const { account } = where(p);
  return makeResource(
    'azure.security.contact',
    { id: `${subscriptionId(account)}/providers/Microsoft.Security/securityContacts/${name}`, name, account, region: 'global' },
    {
      emails: ['secops@contoso.com'],
      phone: null,
      isEnabled: true,
      notificationsByRoleState: 'On',
      notificationsByRoleRoles: ['Owner'],
      alertMinimalSeverity: 'High',
      attackPathMinimalRiskLevel: 'Critical',
      ...props,
    },
  );
}

export function autoProvisioningSetting(
  props: Partial<DefenderAutoProvisioningSetting> = {},
  p: AzurePlacement = {},
): Resource<'azure.security.auto-provisioning-setting'> {
  const { account } = where(p);
  return makeResource(
    'azure.security.auto-provisioning-setting',
    { id: `${subscriptionId(account)}/providers/Microsoft.Security/autoProvisioningSettings/default`, name: 'default', account, region: 'global' },
    { autoProvision: 'On', ...props },
  );
}

export function securitySetting(name = 'WDATP', props: Partial<DefenderSetting> = {}, p: AzurePlacement = {}): Resource<'azure.security.setting'> {
  const { account } = where(p);
  return makeResource(
    'azure.security.setting',
    { id: `${subscriptionId(account)}/providers/Microsoft.Security/settings/${name}`, name, account, region: 'global' },
    { kind: 'DataExportSettings', enabled: true, ...props },
  );
}

/** A healthy assessment of `resourceId`. */
export function securityAssessment(
  assessmentKey: string,
  displayName: string,
  resourceId: string,
  props: Partial<DefenderAssessment> = {},
  p: AzurePlacement = {},
): Resource<'azure.security.assessment'> {
  const { account } = where(p);
  return makeResource(
    'azure.security.assessment',
    { id: `${resourceId}/providers/Microsoft.Security/assessments/${assessmentKey}`, name: displayName, account, region: 'global' },
    { assessmentKey, displayName, resourceId, statusCode: 'Healthy', statusCause: null, ...props },
  );
}

// ---------------------------------------------------------------------------------------------
// Storage

export function blobServiceProperties(props: Partial<BlobServiceProperties> = {}): BlobServiceProperties {
  return {
    deleteRetentionPolicy: { enabled: true, days: 14, allowPermanentDelete: false },
    containerDeleteRetentionPolicy: { enabled: true, days: 14 },
    isVersioningEnabled: true,
    changeFeedEnabled: true,
    restorePolicyEnabled: false,
    lastAccessTimeTrackingEnabled: false,
    ...props,
  };
}

export function fileServiceProperties(props: Partial<FileServiceProperties> = {}): FileServiceProperties {
  return {
    shareDeleteRetentionPolicy: { enabled: true, days: 14 },
    smb: {
      versions: ['SMB3.1.1'],
      channelEncryption: ['AES-256-GCM'],
      authenticationMethods: ['Kerberos'],
      kerberosTicketEncryption: ['AES-256'],
      multichannelEnabled: null,
    },
    ...props,
  };
}

export function storageAccount(name: string, props: Partial<StorageAccount> = {}, p: AzurePlacement = {}): Resource<'azure.storage.account'> {
  const { account, region, resourceGroup, tags } = where(p);
  const id = armId(account, resourceGroup, 'Microsoft.Storage/storageAccounts', name);
  return makeResource(
    'azure.storage.account',
    { id, name, account, region, tags },
    {
      kind: 'StorageV2',
      skuName: 'Standard_GRS',
      accessTier: 'Hot',
      creationTime: '2025-06-01T10:00:00.000Z',
      provisioningState: 'Succeeded',
      enableHttpsTrafficOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
      allowCrossTenantReplication: false,
      defaultToOAuthAuthentication: true,
      publicNetworkAccess: 'Disabled',
      networkRuleSet: { defaultAction: 'Deny', bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [], resourceAccessRuleIds: [] },
      privateEndpointConnections: [privateEndpointConnection(id)],
      encryption: {
        keySource: 'Microsoft.Keyvault',
        requireInfrastructureEncryption: true,
        keyVaultProperties: {
          keyName: 'storage-cmk',
          keyVaultUri: 'https://kv-prod.vault.azure.net/',
          keyVersion: null,
          lastKeyRotationTimestamp: '2026-09-01T00:00:00.000Z',
        },
        encryptedServices: ['blob', 'file', 'queue', 'table'],
      },
      keyExpirationPeriodInDays: 90,
      keyCreationTime: { key1: '2026-09-15T00:00:00.000Z', key2: '2026-09-15T00:00:00.000Z' },
      sasExpirationPeriod: '1.00:00:00',
      isHnsEnabled: false,
      isSftpEnabled: false,
      isLocalUserEnabled: false,
      identity: null,
      blobService: blobServiceProperties(),
      fileService: fileServiceProperties(),
      queueServiceCorsRuleCount: 0,
      serviceLogging: {
        blob: [diagnosticSetting('storage-logs', {}, `${id}/blobServices/default`)],
        queue: [diagnosticSetting('storage-logs', {}, `${id}/queueServices/default`)],
        table: [diagnosticSetting('storage-logs', {}, `${id}/tableServices/default`)],
        file: [diagnosticSetting('storage-logs', {}, `${id}/fileServices/default`)],
      },
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Compute

export function vmDisk(props: Partial<VmDiskReference> = {}): VmDiskReference {
  return { name: null, lun: null, managedDiskId: null, diskEncryptionSetId: null, vhdUri: null, encryptionSettingsEnabled: null, ...props };
}

export function virtualMachine(name: string, props: Partial<VirtualMachine> = {}, p: AzurePlacement = {}): Resource<'azure.compute.virtual-machine'> {
  const { account, region, resourceGroup, tags } = where(p);
  const des = armId(account, resourceGroup, 'Microsoft.Compute/diskEncryptionSets', 'des-prod');
  return makeResource(
    'azure.compute.virtual-machine',
    { id: armId(account, resourceGroup, 'Microsoft.Compute/virtualMachines', name), name, account, region, tags },
    {
      vmId: `vm-${name}`,
      vmSize: 'Standard_D2s_v5',
      osType: 'Linux',
      image: 'Canonical:ubuntu-24_04-lts:server:latest',
      osDisk: vmDisk({
        name: `${name}-osdisk`,
        managedDiskId: armId(account, resourceGroup, 'Microsoft.Compute/disks', `${name}-osdisk`),
        diskEncryptionSetId: des,
      }),
      dataDisks: [],
      securityType: 'TrustedLaunch',
      secureBootEnabled: true,
      vTpmEnabled: true,
      encryptionAtHost: true,
      disablePasswordAuthentication: true,
      patchMode: 'AutomaticByPlatform',
      networkInterfaceIds: [armId(account, resourceGroup, 'Microsoft.Network/networkInterfaces', `${name}-nic`)],
      bootDiagnosticsEnabled: true,
      identity: null,
      zones: ['1'],
      provisioningState: 'Succeeded',
      timeCreated: '2026-02-01T10:00:00.000Z',
      extensions: [
        {
          name: 'MDE.Linux',
          publisher: 'Microsoft.Azure.AzureDefenderForServers',
          extensionType: 'MDE.Linux',
          typeHandlerVersion: '1.0',
          provisioningState: 'Succeeded',
          autoUpgradeMinorVersion: true,
          enableAutomaticUpgrade: null,
        },
      ],
      ...props,
    },
  );
}

/** An attached OS disk encrypted with a customer-managed key and no public network access. */
export function managedDisk(name: string, props: Partial<ManagedDisk> = {}, p: AzurePlacement = {}): Resource<'azure.compute.disk'> {
  const { account, region, resourceGroup, tags } = where(p);
  return makeResource(
    'azure.compute.disk',
    { id: armId(account, resourceGroup, 'Microsoft.Compute/disks', name), name, account, region, tags },
    {
      diskState: 'Attached',
      managedBy: armId(account, resourceGroup, 'Microsoft.Compute/virtualMachines', 'vm-app'),
      osType: 'Linux',
      diskSizeGB: 64,
      skuName: 'Premium_LRS',
      encryptionType: 'EncryptionAtRestWithCustomerKey',
      diskEncryptionSetId: armId(account, resourceGroup, 'Microsoft.Compute/diskEncryptionSets', 'des-prod'),
      adeEnabled: false,
      networkAccessPolicy: 'DenyAll',
      publicNetworkAccess: 'Disabled',
      diskAccessId: null,
      dataAccessAuthMode: 'AzureActiveDirectory',
      timeCreated: '2026-02-01T10:00:00.000Z',
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Network

/** An inbound rule; defaults to HTTPS from a private range. */
export function nsgRule(props: Partial<NsgSecurityRule> = {}): NsgSecurityRule {
  return {
    name: 'allow-https-internal',
    protocol: 'Tcp',
    access: 'Allow',
    direction: 'Inbound',
    priority: 100,
    sourceAddressPrefixes: ['10.0.0.0/8'],
    sourcePortRanges: ['*'],
    destinationAddressPrefixes: ['*'],
    destinationPortRanges: ['443'],
    sourceApplicationSecurityGroupIds: [],
    destinationApplicationSecurityGroupIds: [],
    description: null,
    ...props,
  };
}

/** Azure's six default rules. */
export function defaultNsgRules(): NsgSecurityRule[] {
  const rule = (name: string, direction: string, priority: number, access: string, source: string, destination: string): NsgSecurityRule =>
    nsgRule({
      name,
      direction,
      priority,
      access,
      protocol: '*',
      sourceAddressPrefixes: [source],
      destinationAddressPrefixes: [destination],
      destinationPortRanges: ['*'],
    });
  return [
    rule('AllowVnetInBound', 'Inbound', 65000, 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
    rule('AllowAzureLoadBalancerInBound', 'Inbound', 65001, 'Allow', 'AzureLoadBalancer', '*'),
    rule('DenyAllInBound', 'Inbound', 65500, 'Deny', '*', '*'),
    rule('AllowVnetOutBound', 'Outbound', 65000, 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
    rule('AllowInternetOutBound', 'Outbound', 65001, 'Allow', '*', 'Internet'),
    rule('DenyAllOutBound', 'Outbound', 65500, 'Deny', '*', '*'),
  ];
}

export function networkSecurityGroup(
  name: string,
  props: Partial<NetworkSecurityGroup> = {},
  p: AzurePlacement = {},
): Resource<'azure.network.security-group'> {
  const { account, region, resourceGroup, tags } = where(p);
  return makeResource(
    'azure.network.security-group',
    { id: armId(account, resourceGroup, 'Microsoft.Network/networkSecurityGroups', name), name, account, region, tags },
    { securityRules: [nsgRule()], defaultSecurityRules: defaultNsgRules(), subnetIds: [], networkInterfaceIds: [], flowLogIds: [], ...props },
  );
}

export function networkWatcherId(account: string, region: string): string {
  return armId(account, 'NetworkWatcherRG', 'Microsoft.Network/networkWatchers', `NetworkWatcher_${region}`);
}

/** A Network Watcher in `placement.region` (Azure names it NetworkWatcher_<location> in NetworkWatcherRG). */
export function networkWatcher(props: Partial<NetworkWatcher> = {}, p: AzurePlacement = {}): Resource<'azure.network.watcher'> {
  const { account, region, tags } = where(p);
  return makeResource(
    'azure.network.watcher',
    { id: networkWatcherId(account, region), name: `NetworkWatcher_${region}`, account, region, tags },
    { provisioningState: 'Succeeded', ...props },
  );
}

/** A VNet flow log with 90-day retention and Traffic Analytics to Log Analytics. */
export function flowLog(
  name: string,
  targetResourceId: string,
  props: Partial<NetworkFlowLog> = {},
  p: AzurePlacement = {},
): Resource<'azure.network.flow-log'> {
  const { account, region, tags } = where(p);
  const watcher = networkWatcherId(account, region);
  return makeResource(
    'azure.network.flow-log',
    { id: `${watcher}/flowLogs/${name}`, name, account, region, tags },
    {
      targetResourceId,
      targetKind: /\/networkSecurityGroups\//i.test(targetResourceId) ? 'networkSecurityGroup' : 'virtualNetwork',
      enabled: true,
      storageId: armId(account, 'rg-monitoring', 'Microsoft.Storage/storageAccounts', 'stflowlogs'),
      retentionEnabled: true,
      retentionDays: 90,
      formatVersion: 2,
      trafficAnalytics: {
        enabled: true,
        workspaceResourceId: armId(account, 'rg-monitoring', 'Microsoft.OperationalInsights/workspaces', 'law-security'),
        workspaceRegion: region,
        intervalInMinutes: 10,
      },
      networkWatcherId: watcher,
      provisioningState: 'Succeeded',
      ...props,
    },
  );
}

/** A subnet of `vnetId`, with an NSG associated. */
export function subnet(vnetId: string, name: string, props: Partial<VirtualNetworkSubnet> = {}): VirtualNetworkSubnet {
  const nsg = vnetId.replace(/\/providers\/Microsoft\.Network\/virtualNetworks\/.*$/i, `/providers/Microsoft.Network/networkSecurityGroups/nsg-${name}`);
  return {
    id: `${vnetId}/subnets/${name}`,
    name,
    addressPrefixes: ['10.0.1.0/24'],
    networkSecurityGroupId: nsg,
    routeTableId: null,
    natGatewayId: null,
    delegations: [],
    privateEndpointNetworkPolicies: 'Enabled',
    defaultOutboundAccess: false,
    ...props,
  };
}

export function virtualNetwork(name: string, props: Partial<VirtualNetwork> = {}, p: AzurePlacement = {}): Resource<'azure.network.virtual-network'> {
  const { account, region, resourceGroup, tags } = where(p);
  const id = armId(account, resourceGroup, 'Microsoft.Network/virtualNetworks', name);
  return makeResource(
    'azure.network.virtual-network',
    { id, name, account, region, tags },
    {
      addressPrefixes: ['10.0.0.0/16'],
      subnets: [subnet(id, 'snet-app')],
      enableDdosProtection: true,
      ddosProtectionPlanId: armId(account, 'rg-network', 'Microsoft.Network/ddosProtectionPlans', 'ddos-plan'),
      flowLogIds: [`${networkWatcherId(account, region)}/flowLogs/fl-${name}`],
      peeredVirtualNetworkIds: [],
      ...props,
    },
  );
}

export function publicIpAddress(name: string, props: Partial<PublicIpAddress> = {}, p: AzurePlacement = {}): Resource<'azure.network.public-ip-address'> {
  const { account, region, resourceGroup, tags } = where(p);
  return makeResource(
    'azure.network.public-ip-address',
    { id: armId(account, resourceGroup, 'Microsoft.Network/publicIPAddresses', name), name, account, region, tags },
    {
      ipAddress: '20.50.60.70',
      publicIPAddressVersion: 'IPv4',
      publicIPAllocationMethod: 'Static',
      skuName: 'Standard',
      ipConfigurationId: null,
      fqdn: null,
      ddosProtectionMode: 'VirtualNetworkInherited',
      ...props,
    },
  );
}

export function bastionHost(name: string, props: Partial<BastionHost> = {}, p: AzurePlacement = {}): Resource<'azure.network.bastion-host'> {
  const { account, region, resourceGroup, tags } = where(p);
  return makeResource(
    'azure.network.bastion-host',
    { id: armId(account, resourceGroup, 'Microsoft.Network/bastionHosts', name), name, account, region, tags },
    {
      skuName: 'Standard',
      subnetIds: [`${armId(account, resourceGroup, 'Microsoft.Network/virtualNetworks', 'vnet-hub')}/subnets/AzureBastionSubnet`],
      disableCopyPaste: false,
      enableTunneling: false,
      enableShareableLink: false,
      provisioningState: 'Succeeded',
      ...props,
    },
  );
}

/** A WAF_v2 gateway with a TLS 1.2 policy, HTTP/2 and a WAF policy. */
export function applicationGateway(
  name: string,
  props: Partial<ApplicationGateway> = {},
  p: AzurePlacement = {},
): Resource<'azure.network.application-gateway'> {
  const { account, region, resourceGroup, tags } = where(p);
  const id = armId(account, resourceGroup, 'Microsoft.Network/applicationGateways', name);
  return makeResource(
    'azure.network.application-gateway',
    { id, name, account, region, tags },
    {
      skuName: 'WAF_v2',
      skuTier: 'WAF_v2',
      operationalState: 'Running',
      enableHttp2: true,
      sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101', minProtocolVersion: null, disabledSslProtocols: [], cipherSuites: [] },
      sslProfiles: [],
      firewallPolicyId: armId(account, resourceGroup, 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies', 'waf-prod'),
      webApplicationFirewallConfiguration: null,
      httpListeners: [{ id: `${id}/httpListeners/https`, name: 'https', protocol: 'Https', firewallPolicyId: null, sslProfileId: null }],
      ...props,
    },
  );
}

/** An enabled, preventing WAF policy with OWASP 3.2 and bot protection. */
export function wafPolicy(name: string, props: Partial<WafPolicy> = {}, p: AzurePlacement = {}): Resource<'azure.network.waf-policy'> {
  const { account, region, resourceGroup, tags } = where(p);
  return makeResource(
    'azure.network.waf-policy',
    { id: armId(account, resourceGroup, 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies', name), name, account, region, tags },
    {
      state: 'Enabled',
      mode: 'Prevention',
      requestBodyCheck: true,
      requestBodyInspectLimitInKB: 128,
      managedRuleSets: [
        { ruleSetType: 'OWASP', ruleSetVersion: '3.2' },
        { ruleSetType: 'Microsoft_BotManagerRuleSet', ruleSetVersion: '1.0' },
      ],
      customRuleNames: [],
      applicationGatewayIds: [armId(account, resourceGroup, 'Microsoft.Network/applicationGateways', 'agw-prod')],
      httpListenerIds: [],
      ...props,
    },
  );
}

/** A VPN gateway with point-to-site authentication through Entra ID only. */
export function virtualNetworkGateway(
  name: string,
  props: Partial<VirtualNetworkGateway> = {},
  p: AzurePlacement = {},
): Resource<'azure.network.virtual-network-gateway'> {
  const { account, region, resourceGroup, tags } = where(p);
  return makeResource(
    'azure.network.virtual-network-gateway',
    { id: armId(account, resourceGroup, 'Microsoft.Network/virtualNetworkGateways', name), name, account, region, tags },
    {
      gatewayType: 'Vpn',
      vpnType: 'RouteBased',
      skuName: 'VpnGw2AZ',
      vpnClientConfiguration: {
        vpnAuthenticationTypes: ['AAD'],
        vpnClientProtocols: ['OpenVPN'],
        aadTenant: `https://login.microsoftonline.com/${DEFAULT_TENANT}/`,
        addressPrefixes: ['172.16.0.0/24'],
      },
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// SQL

export function sqlServer(name: string, props: Partial<SqlServer> = {}, p: AzurePlacement = {}): Resource<'azure.sql.server'> {
  const { account, region, resourceGroup, tags } = where(p);
  const id = armId(account, resourceGroup, 'Microsoft.Sql/servers', name);
  return makeResource(
    'azure.sql.server',
    { id, name, account, region, tags },
    {
      version: '12.0',
      administratorLogin: 'sqladmin',
      fullyQualifiedDomainName: `${name}.database.windows.net`,
      publicNetworkAccess: 'Disabled',
      minimalTlsVersion: '1.2',
      restrictOutboundNetworkAccess: 'Disabled',
      privateEndpointConnections: [privateEndpointConnection(id)],
      auditing: {
        state: 'Enabled',
        retentionDays: 0,
        isAzureMonitorTargetEnabled: true,
        storageEndpoint: null,
        auditActionsAndGroups: ['BATCH_COMPLETED_GROUP'],
      },
      encryptionProtector: {
        serverKeyType: 'AzureKeyVault',
        serverKeyName: 'kv-prod_sql-tde_1',
        uri: 'https://kv-prod.vault.azure.net/keys/sql-tde/1',
        autoRotationEnabled: true,
      },
      firewallRules: [],
      entraAdmin: {
        configured: true,
        login: 'sql-admins',
        sid: '00000000-0000-4000-8000-0000000000b1',
        principalType: 'Group',
        azureADOnlyAuthentication: true,
      },
      securityAlertPolicyState: 'Enabled',
      vulnerabilityAssessment: null,
      ...props,
    },
  );
}

export function sqlDatabase(serverName: string, name: string, props: Partial<SqlDatabase> = {}, p: AzurePlacement = {}): Resource<'azure.sql.database'> {
  const { account, region, resourceGroup, tags } = where(p);
  const serverId = armId(account, resourceGroup, 'Microsoft.Sql/servers', serverName);
  return makeResource(
    'azure.sql.database',
    { id: `${serverId}/databases/${name}`, name, account, region, tags },
    {
      serverId,
      serverName,
      status: 'Online',
      skuName: 'GP_Gen5',
      skuTier: 'GeneralPurpose',
      zoneRedundant: false,
      tdeState: 'Enabled',
      auditing: null,
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Key Vault

export function keyVaultKey(name: string, props: Partial<KeyVaultKey> = {}): KeyVaultKey {
  return {
    name,
    enabled: true,
    expires: '2027-09-01T00:00:00.000Z',
    notBefore: null,
    created: '2026-09-01T00:00:00.000Z',
    updated: '2026-09-01T00:00:00.000Z',
    keyType: 'RSA-HSM',
    rotationPolicy: { expiryTime: 'P1Y', lifetimeActions: [{ action: 'rotate', timeAfterCreate: null, timeBeforeExpiry: 'P30D' }] },
    ...props,
  };
}

export function keyVaultSecret(name: string, props: Partial<KeyVaultSecret> = {}): KeyVaultSecret {
  return {
    name,
    enabled: true,
    expires: '2027-03-01T00:00:00.000Z',
    notBefore: null,
    created: '2026-09-01T00:00:00.000Z',
    updated: '2026-09-01T00:00:00.000Z',
    contentType: null,
    managed: false,
    ...props,
  };
}

export function keyVaultCertificate(name: string, props: Partial<KeyVaultCertificate> = {}): KeyVaultCertificate {
  return {
    name,
    enabled: true,
    expires: '2027-09-01T00:00:00.000Z',
    created: '2026-09-01T00:00:00.000Z',
    validityInMonths: 12,
    issuerName: 'Self',
    lifetimeActions: ['AutoRenew'],
    ...props,
  };
}

/** An RBAC vault with purge protection, private access only, and audit logging. */
export function keyVault(name: string, props: Partial<KeyVault> = {}, p: AzurePlacement = {}): Resource<'azure.keyvault.vault'> {
  const { account, region, resourceGroup, tags } = where(p);
  const id = armId(account, resourceGroup, 'Microsoft.KeyVault/vaults', name);
  return makeResource(
    'azure.keyvault.vault',
    { id, name, account, region, tags },
    {
      vaultUri: `https://${name}.vault.azure.net/`,
      skuName: 'premium',
      tenantId: DEFAULT_TENANT,
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enablePurgeProtection: true,
      enableRbacAuthorization: true,
      publicNetworkAccess: 'Disabled',
      networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
      privateEndpointConnections: [privateEndpointConnection(id)],
      enabledForDeployment: false,
      enabledForDiskEncryption: false,
      enabledForTemplateDeployment: false,
      accessPolicies: [],
      keys: [keyVaultKey('app-key')],
      secrets: [keyVaultSecret('app-secret')],
      certificates: [keyVaultCertificate('app-cert')],
      diagnosticSettings: [diagnosticSetting('kv-audit', { logs: [diagnosticLog({ categoryGroup: 'audit' })] }, id)],
      ...props,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Databricks and App Service

/** A premium workspace with VNet injection, no public IP, private access, CMK and diagnostic logs. */
export function databricksWorkspace(name: string, props: Partial<DatabricksWorkspace> = {}, p: AzurePlacement = {}): Resource<'azure.databricks.workspace'> {
  const { account, region, resourceGroup, tags } = where(p);
  const id = armId(account, resourceGroup, 'Microsoft.Databricks/workspaces', name);
  return makeResource(
    'azure.databricks.workspace',
    { id, name, account, region, tags },
    {
      skuName: 'premium',
      managedResourceGroupId: resourceGroupId(account, `databricks-rg-${name}`),
      workspaceUrl: `adb-1234567890123456.7.azuredatabricks.net`,
      customVirtualNetworkId: armId(account, resourceGroup, 'Microsoft.Network/virtualNetworks', 'vnet-databricks'),
      customPublicSubnetName: 'snet-dbw-host',
      customPrivateSubnetName: 'snet-dbw-container',
      enableNoPublicIp: true,
      requireInfrastructureEncryption: true,
      publicNetworkAccess: 'Disabled',
      requiredNsgRules: 'NoAzureDatabricksRules',
      privateEndpointConnections: [privateEndpointConnection(id)],
      cmk: { managedServices: 'Microsoft.Keyvault', managedDisk: 'Microsoft.Keyvault', dbfsRoot: 'Microsoft.Keyvault' },
      diagnosticSettings: [diagnosticSetting('dbw-logs', {}, id)],
      ...props,
    },
  );
}

/** A Linux web app on HTTPS only with TLS 1.2, FTP disabled, authentication and HTTP logs on. */
export function webApp(name: string, props: Partial<WebApp> = {}, p: AzurePlacement = {}): Resource<'azure.appservice.web-app'> {
  const { account, region, resourceGroup, tags } = where(p);
  const id = armId(account, resourceGroup, 'Microsoft.Web/sites', name);
  return makeResource(
    'azure.appservice.web-app',
    { id, name, account, region, tags },
    {
      kind: 'app,linux',
      state: 'Running',
      defaultHostName: `${name}.azurewebsites.net`,
      httpsOnly: true,
      clientCertEnabled: false,
      clientCertMode: 'Required',
      publicNetworkAccess: 'Enabled',
      identity: { type: 'SystemAssigned', principalId: `mi-${name}`, userAssignedIdentityIds: [] },
      siteConfig: {
        minTlsVersion: '1.2',
        scmMinTlsVersion: '1.2',
        ftpsState: 'Disabled',
        http20Enabled: true,
        remoteDebuggingEnabled: false,
        httpLoggingEnabled: true,
        linuxFxVersion: 'NODE|20-lts',
        phpVersion: null,
        pythonVersion: null,
        javaVersion: null,
        netFrameworkVersion: null,
        alwaysOn: true,
      },
      authEnabled: true,
      basicAuth: { ftpAllowed: false, scmAllowed: false },
      diagnosticSettings: [diagnosticSetting('app-logs', { logs: [diagnosticLog({ category: 'AppServiceHTTPLogs' })] }, id)],
      ...props,
    },
  );
}
