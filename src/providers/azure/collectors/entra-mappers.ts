/** Pure mappers from Microsoft Graph v1.0 shapes to the Entra resource model (tenant-level: account = tenant id). */
import { makeResource } from '../../../inventory/builders/resource.js';
import type { ConditionalAccessIncludeExclude, EntraMfaRegistration } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { list, nul } from '../arm.js';

export const tenantResourceId = (tenantId: string): string => `/tenants/${tenantId}`;
export const entraId = (tenantId: string, collection: string, objectId: string): string => `${tenantResourceId(tenantId)}/${collection}/${objectId}`;

export interface GraphOrganization {
  readonly id?: string;
  readonly displayName?: string | null;
  readonly verifiedDomains?: readonly { readonly name?: string; readonly isDefault?: boolean }[];
  readonly onPremisesSyncEnabled?: boolean | null;
}

export interface GraphAuthorizationPolicy {
  readonly allowInvitesFrom?: string | null;
  readonly guestUserRoleId?: string | null;
  readonly allowedToSignUpEmailBasedSubscriptions?: boolean | null;
  readonly allowedToUseSSPR?: boolean | null;
  readonly allowEmailVerifiedUsersToJoinOrganization?: boolean | null;
  readonly allowUserConsentForRiskyApps?: boolean | null;
  readonly blockMsolPowerShell?: boolean | null;
  readonly defaultUserRolePermissions?: {
    readonly allowedToCreateApps?: boolean | null;
    readonly allowedToCreateSecurityGroups?: boolean | null;
    readonly allowedToCreateTenants?: boolean | null;
    readonly allowedToReadOtherUsers?: boolean | null;
    readonly allowedToReadBitlockerKeysForOwnedDevice?: boolean | null;
    readonly permissionGrantPoliciesAssigned?: readonly string[] | null;
  } | null;
}

export interface GraphDirectorySetting {
  readonly id?: string;
  readonly displayName?: string;
  readonly templateId?: string | null;
  readonly values?: readonly { readonly name?: string; readonly value?: string | null }[];
}

export interface GraphUser {
  readonly id?: string;
  readonly userPrincipalName?: string;
  readonly displayName?: string | null;
  readonly mail?: string | null;
  readonly userType?: string | null;
  readonly accountEnabled?: boolean | null;
  readonly createdDateTime?: string | null;
  readonly externalUserState?: string | null;
  readonly onPremisesSyncEnabled?: boolean | null;
  readonly signInActivity?: { readonly lastSignInDateTime?: string | null } | null;
}

export interface GraphRegistrationDetails {
  readonly id?: string;
  readonly isAdmin?: boolean | null;
  readonly isMfaCapable?: boolean;
  readonly isMfaRegistered?: boolean;
  readonly isPasswordlessCapable?: boolean | null;
  readonly isSsprRegistered?: boolean | null;
  readonly methodsRegistered?: readonly string[];
  readonly defaultMfaMethod?: string | null;
  readonly lastUpdatedDateTime?: string | null;
}

export interface GraphDirectoryRole {
  readonly id?: string;
  readonly displayName?: string;
  readonly roleTemplateId?: string;
}

export interface GraphDirectoryObject {
  readonly '@odata.type'?: string;
  readonly id?: string;
  readonly displayName?: string | null;
}

interface GraphIncludeExclude {
  readonly [key: string]: readonly string[] | null | undefined;
}

export interface GraphConditionalAccessPolicy {
  readonly id?: string;
  readonly displayName?: string;
  readonly state?: string;
  readonly conditions?: {
    readonly users?: GraphIncludeExclude | null;
    readonly applications?: GraphIncludeExclude | null;
    readonly clientAppTypes?: readonly string[] | null;
    readonly locations?: GraphIncludeExclude | null;
    readonly platforms?: GraphIncludeExclude | null;
    readonly signInRiskLevels?: readonly string[] | null;
    readonly userRiskLevels?: readonly string[] | null;
    readonly authenticationFlows?: { readonly transferMethods?: string | null } | null;
  } | null;
  readonly grantControls?: {
    readonly operator?: string | null;
    readonly builtInControls?: readonly string[] | null;
    readonly authenticationStrength?: { readonly id?: string } | null;
  } | null;
  readonly sessionControls?: {
    readonly signInFrequency?: {
      readonly isEnabled?: boolean;
      readonly value?: number | null;
      readonly type?: string | null;
      readonly frequencyInterval?: string | null;
    } | null;
    readonly persistentBrowser?: { readonly isEnabled?: boolean; readonly mode?: string | null } | null;
    readonly secureSignInSession?: { readonly isEnabled?: boolean } | null;
  } | null;
}

export interface GraphNamedLocation {
  readonly '@odata.type'?: string;
  readonly id?: string;
  readonly displayName?: string;
  readonly isTrusted?: boolean;
  readonly ipRanges?: readonly { readonly cidrAddress?: string }[];
  readonly countriesAndRegions?: readonly string[];
  readonly includeUnknownCountriesAndRegions?: boolean;
}

export interface GraphDeviceRegistrationPolicy {
  readonly userDeviceQuota?: number | null;
  readonly multiFactorAuthConfiguration?: string | null;
  readonly azureADJoin?: {
    readonly allowedToJoin?: { readonly '@odata.type'?: string } | null;
    readonly localAdmins?: { readonly enableGlobalAdmins?: boolean | null } | null;
  } | null;
}

export interface GraphAuthenticationMethodsPolicy {
  readonly policyMigrationState?: string | null;
  readonly registrationEnforcement?: { readonly authenticationMethodsRegistrationCampaign?: { readonly state?: string } | null } | null;
  readonly authenticationMethodConfigurations?: readonly { readonly id?: string; readonly state?: string }[];
}

export function toTenant(tenantId: string, raw: GraphOrganization): Resource<'azure.entra.tenant'> {
  const name = raw.displayName ?? tenantId;
  return makeResource(
    'azure.entra.tenant',
    { id: tenantResourceId(tenantId), name, account: tenantId, region: 'global' },
    {
      tenantId,
      displayName: nul(raw.displayName),
      defaultDomain: list(raw.verifiedDomains).find((d) => d.isDefault === true)?.name ?? null,
      onPremisesSyncEnabled: nul(raw.onPremisesSyncEnabled),
    },
  );
}

export function toSecurityDefaults(tenantId: string, raw: { readonly isEnabled?: boolean }): Resource<'azure.entra.security-defaults'> {
  return makeResource(
    'azure.entra.security-defaults',
    { id: `${tenantResourceId(tenantId)}/policies/identitySecurityDefaultsEnforcementPolicy`, name: 'Security defaults', account: tenantId, region: 'global' },
    { isEnabled: raw.isEnabled === true },
  );
}

export function toAuthorizationPolicy(tenantId: string, raw: GraphAuthorizationPolicy): Resource<'azure.entra.authorization-policy'> {
  const d = raw.defaultUserRolePermissions;
  return makeResource(
    'azure.entra.authorization-policy',
    { id: `${tenantResourceId(tenantId)}/policies/authorizationPolicy`, name: 'Authorization Policy', account: tenantId, region: 'global' },
    {
      allowInvitesFrom: nul(raw.allowInvitesFrom),
      guestUserRoleId: nul(raw.guestUserRoleId),
      allowedToSignUpEmailBasedSubscriptions: nul(raw.allowedToSignUpEmailBasedSubscriptions),
      allowedToUseSSPR: nul(raw.allowedToUseSSPR),
      allowEmailVerifiedUsersToJoinOrganization: nul(raw.allowEmailVerifiedUsersToJoinOrganization),
      allowUserConsentForRiskyApps: nul(raw.allowUserConsentForRiskyApps),
      blockMsolPowerShell: nul(raw.blockMsolPowerShell),
      defaultUserRolePermissions: {
        allowedToCreateApps: nul(d?.allowedToCreateApps),
        allowedToCreateSecurityGroups: nul(d?.allowedToCreateSecurityGroups),
        allowedToCreateTenants: nul(d?.allowedToCreateTenants),
        allowedToReadOtherUsers: nul(d?.allowedToReadOtherUsers),
        allowedToReadBitlockerKeysForOwnedDevice: nul(d?.allowedToReadBitlockerKeysForOwnedDevice),
        permissionGrantPoliciesAssigned: list(d?.permissionGrantPoliciesAssigned),
      },
    },
  );
}

export function toDirectorySetting(tenantId: string, raw: GraphDirectorySetting): Resource<'azure.entra.directory-setting'> {
  const values: Record<string, string> = {};
  for (const v of list(raw.values)) if (v.name !== undefined) values[v.name] = v.value ?? '';
  const displayName = raw.displayName ?? raw.id ?? '';
  return makeResource(
    'azure.entra.directory-setting',
    { id: entraId(tenantId, 'groupSettings', raw.id ?? displayName), name: displayName, account: tenantId, region: 'global' },
    { displayName, templateId: nul(raw.templateId), values },
  );
}

export function toMfaRegistration(raw: GraphRegistrationDetails): EntraMfaRegistration {
  return {
    isMfaRegistered: raw.isMfaRegistered === true,
    isMfaCapable: raw.isMfaCapable === true,
    isPasswordlessCapable: nul(raw.isPasswordlessCapable),
    isSsprRegistered: nul(raw.isSsprRegistered),
    isAdmin: nul(raw.isAdmin),
    methodsRegistered: list(raw.methodsRegistered),
    defaultMfaMethod: raw.defaultMfaMethod === 'none' ? null : nul(raw.defaultMfaMethod),
    lastUpdatedDateTime: nul(raw.lastUpdatedDateTime),
  };
}

export interface UserExtras {
  readonly registration: GraphRegistrationDetails | null;
  readonly perUserMfaState: string | null;
  readonly roleTemplateIds: readonly string[];
}

export function toUser(tenantId: string, raw: GraphUser, extras: UserExtras): Resource<'azure.entra.user'> {
  const objectId = raw.id ?? '';
  const upn = raw.userPrincipalName ?? objectId;
  return makeResource(
    'azure.entra.user',
    { id: entraId(tenantId, 'users', objectId), name: upn, account: tenantId, region: 'global' },
    {
      objectId,
      userPrincipalName: upn,
      displayName: nul(raw.displayName),
      mail: nul(raw.mail),
      userType: nul(raw.userType),
      accountEnabled: nul(raw.accountEnabled),
      createdDateTime: nul(raw.createdDateTime),
      externalUserState: nul(raw.externalUserState),
      onPremisesSyncEnabled: nul(raw.onPremisesSyncEnabled),
      lastSignInDateTime: nul(raw.signInActivity?.lastSignInDateTime),
      mfaRegistration: extras.registration === null ? null : toMfaRegistration(extras.registration),
      perUserMfaState: extras.perUserMfaState,
      directoryRoleTemplateIds: [...extras.roleTemplateIds].sort(),
    },
  );
}

/** '#microsoft.graph.user' → 'user'. */
export function odataKind(type: string | undefined): string {
  return (type ?? '').replace(/^#microsoft\.graph\./, '') || 'unknown';
}

export function toDirectoryRole(tenantId: string, raw: GraphDirectoryRole, members: readonly GraphDirectoryObject[]): Resource<'azure.entra.directory-role'> {
  const displayName = raw.displayName ?? raw.roleTemplateId ?? raw.id ?? '';
  return makeResource(
    'azure.entra.directory-role',
    { id: entraId(tenantId, 'directoryRoles', raw.id ?? displayName), name: displayName, account: tenantId, region: 'global' },
    {
      displayName,
      roleTemplateId: raw.roleTemplateId ?? '',
      members: members.map((m) => ({ objectId: m.id ?? '', type: odataKind(m['@odata.type']), displayName: nul(m.displayName) })),
    },
  );
}

function includeExclude(raw: GraphIncludeExclude | null | undefined, include: string, exclude: string): ConditionalAccessIncludeExclude {
  return { include: list(raw?.[include]), exclude: list(raw?.[exclude]) };
}

export function toConditionalAccessPolicy(tenantId: string, raw: GraphConditionalAccessPolicy): Resource<'azure.entra.conditional-access-policy'> {
  const c = raw.conditions;
  const g = raw.grantControls;
  const s = raw.sessionControls;
  const displayName = raw.displayName ?? raw.id ?? '';
  return makeResource(
    'azure.entra.conditional-access-policy',
    { id: entraId(tenantId, 'conditionalAccessPolicies', raw.id ?? displayName), name: displayName, account: tenantId, region: 'global' },
    {
      displayName,
      state: raw.state ?? 'disabled',
      users: includeExclude(c?.users, 'includeUsers', 'excludeUsers'),
      groups: includeExclude(c?.users, 'includeGroups', 'excludeGroups'),
      roles: includeExclude(c?.users, 'includeRoles', 'excludeRoles'),
      applications: includeExclude(c?.applications, 'includeApplications', 'excludeApplications'),
      userActions: list(c?.applications?.['includeUserActions']),
      clientAppTypes: list(c?.clientAppTypes),
      locations: c?.locations ? includeExclude(c.locations, 'includeLocations', 'excludeLocations') : null,
      platforms: c?.platforms ? includeExclude(c.platforms, 'includePlatforms', 'excludePlatforms') : null,
      signInRiskLevels: list(c?.signInRiskLevels),
      userRiskLevels: list(c?.userRiskLevels),
      authenticationFlows: nul(c?.authenticationFlows?.transferMethods),
      grantControls: g
        ? { operator: nul(g.operator), builtInControls: list(g.builtInControls), authenticationStrengthId: nul(g.authenticationStrength?.id) }
        : null,
      sessionControls: s
        ? {
            signInFrequency: s.signInFrequency
              ? {
                  isEnabled: s.signInFrequency.isEnabled === true,
                  value: nul(s.signInFrequency.value),
                  type: nul(s.signInFrequency.type),
                  frequencyInterval: nul(s.signInFrequency.frequencyInterval),
                }
              : null,
            persistentBrowser: s.persistentBrowser ? { isEnabled: s.persistentBrowser.isEnabled === true, mode: nul(s.persistentBrowser.mode) } : null,
            secureSignInSession: s.secureSignInSession ? { isEnabled: s.secureSignInSession.isEnabled === true } : null,
          }
        : null,
    },
  );
}

export function toNamedLocation(tenantId: string, raw: GraphNamedLocation): Resource<'azure.entra.named-location'> {
  const kind =
    raw['@odata.type'] === '#microsoft.graph.ipNamedLocation' ? 'ip' : raw['@odata.type'] === '#microsoft.graph.countryNamedLocation' ? 'country' : 'other';
  const displayName = raw.displayName ?? raw.id ?? '';
  return makeResource(
    'azure.entra.named-location',
    { id: entraId(tenantId, 'namedLocations', raw.id ?? displayName), name: displayName, account: tenantId, region: 'global' },
    {
      displayName,
      kind,
      isTrusted: raw.isTrusted === true,
      ipRanges: list(raw.ipRanges).flatMap((r) => (r.cidrAddress === undefined ? [] : [r.cidrAddress])),
      countriesAndRegions: list(raw.countriesAndRegions),
      includeUnknownCountriesAndRegions: nul(raw.includeUnknownCountriesAndRegions),
    },
  );
}

const JOIN_MEMBERSHIP: Readonly<Record<string, string>> = {
  '#microsoft.graph.allDeviceRegistrationMembership': 'all',
  '#microsoft.graph.enumeratedDeviceRegistrationMembership': 'selected',
  '#microsoft.graph.noDeviceRegistrationMembership': 'none',
};

export function toDeviceRegistrationPolicy(tenantId: string, raw: GraphDeviceRegistrationPolicy): Resource<'azure.entra.device-registration-policy'> {
  const type = raw.azureADJoin?.allowedToJoin?.['@odata.type'];
  return makeResource(
    'azure.entra.device-registration-policy',
    { id: `${tenantResourceId(tenantId)}/policies/deviceRegistrationPolicy`, name: 'Device Registration Policy', account: tenantId, region: 'global' },
    {
      multiFactorAuthConfiguration: nul(raw.multiFactorAuthConfiguration),
      userDeviceQuota: nul(raw.userDeviceQuota),
      azureADJoinAllowed: type === undefined ? null : (JOIN_MEMBERSHIP[type] ?? type),
      localAdminsEnableGlobalAdmins: nul(raw.azureADJoin?.localAdmins?.enableGlobalAdmins),
    },
  );
}

export function toAuthenticationMethodsPolicy(tenantId: string, raw: GraphAuthenticationMethodsPolicy): Resource<'azure.entra.authentication-methods-policy'> {
  return makeResource(
    'azure.entra.authentication-methods-policy',
    { id: `${tenantResourceId(tenantId)}/policies/authenticationMethodsPolicy`, name: 'Authentication Methods Policy', account: tenantId, region: 'global' },
    {
      methods: list(raw.authenticationMethodConfigurations).map((m) => ({ id: m.id ?? '', state: m.state ?? 'disabled' })),
      registrationCampaignState: nul(raw.registrationEnforcement?.authenticationMethodsRegistrationCampaign?.state),
      policyMigrationState: nul(raw.policyMigrationState),
    },
  );
}
