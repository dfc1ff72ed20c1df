/**
 * Microsoft Entra ID (tenant-level), read through Microsoft Graph v1.0 (beta where noted).
 * account = the tenant id, region 'global'; ids are `/tenants/<tenantId>/...` (Graph objects have
 * no ARM id). Graph application permissions needed are listed per type in docs/permissions.md.
 */

/**
 * The scanned tenant (Graph `GET /organization`). Present whenever Graph was readable; every
 * tenant-level rule hangs off it, like `aws.account`. id `/tenants/<tenantId>`.
 */
export interface EntraTenant {
  readonly tenantId: string;
  readonly displayName: string | null;
  /** verifiedDomains[] where isDefault. */
  readonly defaultDomain: string | null;
  /** onPremisesSyncEnabled: true for hybrid (synchronised) tenants. */
  readonly onPremisesSyncEnabled: boolean | null;
}

/**
 * Security defaults (Graph `GET /policies/identitySecurityDefaultsEnforcementPolicy`, Policy.Read.All).
 * CIS v5/v6 5.1.1. id `/tenants/<tenantId>/policies/identitySecurityDefaultsEnforcementPolicy`.
 */
export interface EntraSecurityDefaults {
  /** isEnabled. */
  readonly isEnabled: boolean;
}

/** authorizationPolicy.defaultUserRolePermissions: what members can do by default. */
export interface DefaultUserRolePermissions {
  /** 'Users can register applications' (CIS v5 5.14). */
  readonly allowedToCreateApps: boolean | null;
  /** 'Users can create security groups' (CIS v5 5.19). */
  readonly allowedToCreateSecurityGroups: boolean | null;
  /** 'Restrict non-admin users from creating tenants' is Yes when this is false (CIS v5 5.4). */
  readonly allowedToCreateTenants: boolean | null;
  readonly allowedToReadOtherUsers: boolean | null;
  readonly allowedToReadBitlockerKeysForOwnedDevice: boolean | null;
  /** permissionGrantPoliciesAssigned: user consent policies, e.g. 'ManagePermissionGrantsForSelf.microsoft-user-default-low' (CIS v5 5.12, 5.13); [] = no user consent. */
  readonly permissionGrantPoliciesAssigned: readonly string[];
}

/**
 * The tenant authorization policy (Graph `GET /policies/authorizationPolicy`, Policy.Read.All):
 * user, guest and consent settings. id `/tenants/<tenantId>/policies/authorizationPolicy`.
 */
export interface EntraAuthorizationPolicy {
  /** 'none' | 'adminsAndGuestInviters' | 'adminsGuestInvitersAndAllMembers' | 'everyone' (CIS v5 5.16). */
  readonly allowInvitesFrom: string | null;
  /**
   * guestUserRoleId (CIS v5 5.15): '10dae51f-b6af-4016-8d66-8c2a99b929b3' guest (limited access),
   * '2af84b1e-32c8-42b7-82bc-daa82404023b' restricted guest (most restrictive),
   * 'a0b1b346-4d3e-4e8b-98f8-753987be4970' same as members.
   */
  readonly guestUserRoleId: string | null;
  readonly allowedToSignUpEmailBasedSubscriptions: boolean | null;
  readonly allowedToUseSSPR: boolean | null;
  readonly allowEmailVerifiedUsersToJoinOrganization: boolean | null;
  readonly allowUserConsentForRiskyApps: boolean | null;
  readonly blockMsolPowerShell: boolean | null;
  readonly defaultUserRolePermissions: DefaultUserRolePermissions;
}

/**
 * A directory setting object (Graph `GET /groupSettings`, Directory.Read.All): e.g. template
 * 'Group.Unified' (EnableGroupCreation, CIS v5 5.21) or 'Password Rule Settings' (LockoutThreshold,
 * LockoutDurationInSeconds, EnableBannedPasswordCheck; CIS v5 5.6-5.8). A missing object means the
 * template's defaults apply. id `/tenants/<tenantId>/groupSettings/<id>`.
 */
export interface EntraDirectorySetting {
  /** displayName, e.g. 'Group.Unified', 'Password Rule Settings'. */
  readonly displayName: string;
  readonly templateId: string | null;
  /** values[] as `{ name: value }`; Graph reports every value as a string ('true', '10'). */
  readonly values: { readonly [name: string]: string };
}

/**
 * The user's authentication methods registration (Graph `GET /reports/authenticationMethods/userRegistrationDetails`,
 * AuditLog.Read.All; needs Entra ID P1/P2). CIS v6 5.1.3 (MFA for all users), 3.1.1.
 */
export interface EntraMfaRegistration {
  readonly isMfaRegistered: boolean;
  readonly isMfaCapable: boolean;
  readonly isPasswordlessCapable: boolean | null;
  readonly isSsprRegistered: boolean | null;
  /** True when the user holds a privileged directory role (Graph's own classification). */
  readonly isAdmin: boolean | null;
  /** methodsRegistered, e.g. ['microsoftAuthenticatorPush', 'fido2', 'mobilePhone']. */
  readonly methodsRegistered: readonly string[];
  readonly defaultMfaMethod: string | null;
  readonly lastUpdatedDateTime: string | null;
}

/**
 * A user (Graph `GET /users`, User.Read.All), hydrated with MFA registration and directory roles.
 * id `/tenants/<tenantId>/users/<objectId>`; name = userPrincipalName.
 */
export interface EntraUser {
  readonly objectId: string;
  readonly userPrincipalName: string;
  readonly displayName: string | null;
  readonly mail: string | null;
  /** 'Member' | 'Guest'. */
  readonly userType: string | null;
  readonly accountEnabled: boolean | null;
  readonly createdDateTime: string | null;
  /** externalUserState for guests: 'PendingAcceptance' | 'Accepted'. */
  readonly externalUserState: string | null;
  /** onPremisesSyncEnabled: synchronised from on-premises AD. */
  readonly onPremisesSyncEnabled: boolean | null;
  /** signInActivity.lastSignInDateTime (AuditLog.Read.All, Entra ID P1/P2); null when unknown or never. */
  readonly lastSignInDateTime: string | null;
  /** Registration details; null when the report was not readable or has no row for the user. */
  readonly mfaRegistration: EntraMfaRegistration | null;
  /**
   * Legacy per-user MFA (Graph beta `GET /users/{id}/authentication/requirements`, perUserMfaState:
   * 'disabled' | 'enabled' | 'enforced'). Collected for users holding a directory role only (one call per
   * user); null for everyone else and when unreadable.
   */
  readonly perUserMfaState: string | null;
  /** roleTemplateIds of the activated directory roles the user is a direct member of. */
  readonly directoryRoleTemplateIds: readonly string[];
}

/**
 * An activated directory role with its members (Graph `GET /directoryRoles?$expand=members`,
 * RoleManagement.Read.Directory). Global Administrator is roleTemplateId
 * '62e90394-69f5-4237-9190-012177145e10' (CIS v5 5.26). id `/tenants/<tenantId>/directoryRoles/<id>`.
 */
export interface EntraDirectoryRole {
  readonly displayName: string;
  readonly roleTemplateId: string;
  readonly members: readonly { readonly objectId: string; readonly type: string; readonly displayName: string | null }[];
}

/** Include/exclude lists of a conditional access condition. */
export interface ConditionalAccessIncludeExclude {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/**
 * A Conditional Access policy (Graph `GET /identity/conditionalAccess/policies`, Policy.Read.All).
 * CIS v5 5.2.x (manual). id `/tenants/<tenantId>/conditionalAccessPolicies/<id>`.
 */
export interface EntraConditionalAccessPolicy {
  readonly displayName: string;
  /** 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced'. */
  readonly state: string;
  /** conditions.users: includeUsers/excludeUsers ('All', 'GuestsOrExternalUsers', object ids). */
  readonly users: ConditionalAccessIncludeExclude;
  readonly groups: ConditionalAccessIncludeExclude;
  /** conditions.users.includeRoles/excludeRoles: directory role template ids. */
  readonly roles: ConditionalAccessIncludeExclude;
  /** conditions.applications.includeApplications/excludeApplications ('All', 'MicrosoftAdminPortals', app ids). */
  readonly applications: ConditionalAccessIncludeExclude;
  /** conditions.applications.includeUserActions, e.g. 'urn:user:registerdevice'. */
  readonly userActions: readonly string[];
  /** conditions.clientAppTypes: 'all' | 'browser' | 'mobileAppsAndDesktopClients' | 'exchangeActiveSync' | 'other'. */
  readonly clientAppTypes: readonly string[];
  /** conditions.locations: named location ids, 'All', 'AllTrusted'; null when no location condition. */
  readonly locations: ConditionalAccessIncludeExclude | null;
  /** conditions.platforms; null when no platform condition. */
  readonly platforms: ConditionalAccessIncludeExclude | null;
  readonly signInRiskLevels: readonly string[];
  readonly userRiskLevels: readonly string[];
  /** conditions.authenticationFlows.transferMethods, e.g. 'deviceCodeFlow'; null when absent. */
  readonly authenticationFlows: string | null;
  /** grantControls; null for session-only policies. */
  readonly grantControls: {
    /** 'AND' | 'OR'. */
    readonly operator: string | null;
    /** 'block' | 'mfa' | 'compliantDevice' | 'domainJoinedDevice' | 'passwordChange' | ... */
    readonly builtInControls: readonly string[];
    /** authenticationStrength.id, when an authentication strength is required. */
    readonly authenticationStrengthId: string | null;
  } | null;
  /** sessionControls; null when none. */
  readonly sessionControls: {
    readonly signInFrequency: {
      readonly isEnabled: boolean;
      readonly value: number | null;
      readonly type: string | null;
      readonly frequencyInterval: string | null;
    } | null;
    readonly persistentBrowser: { readonly isEnabled: boolean; readonly mode: string | null } | null;
    /** secureSignInSession / token protection (beta); null when not reported. */
    readonly secureSignInSession: { readonly isEnabled: boolean } | null;
  } | null;
}

/**
 * A named location (Graph `GET /identity/conditionalAccess/namedLocations`, Policy.Read.All).
 * CIS v5 5.2.1 (trusted locations). id `/tenants/<tenantId>/namedLocations/<id>`.
 */
export interface EntraNamedLocation {
  readonly displayName: string;
  /** '#microsoft.graph.ipNamedLocation' → 'ip'; '#microsoft.graph.countryNamedLocation' → 'country'. */
  readonly kind: 'ip' | 'country' | 'other';
  /** isTrusted (ip locations only; false for country locations). */
  readonly isTrusted: boolean;
  /** ipRanges[].cidrAddress. */
  readonly ipRanges: readonly string[];
  /** countriesAndRegions (ISO 3166-1 alpha-2). */
  readonly countriesAndRegions: readonly string[];
  readonly includeUnknownCountriesAndRegions: boolean | null;
}

/**
 * The device registration policy (Graph `GET /policies/deviceRegistrationPolicy`,
 * Policy.Read.DeviceConfiguration). CIS v6 5.1.2 (MFA to register or join devices, manual).
 * id `/tenants/<tenantId>/policies/deviceRegistrationPolicy`.
 */
export interface EntraDeviceRegistrationPolicy {
  /** multiFactorAuthConfiguration: 'notRequired' | 'required'. */
  readonly multiFactorAuthConfiguration: string | null;
  readonly userDeviceQuota: number | null;
  /** azureADJoin.allowedToJoin['@odata.type'] → 'all' | 'selected' | 'none'. */
  readonly azureADJoinAllowed: string | null;
  /** azureADJoin.localAdmins.enableGlobalAdmins. */
  readonly localAdminsEnableGlobalAdmins: boolean | null;
}

/**
 * The authentication methods policy (Graph `GET /policies/authenticationMethodsPolicy`,
 * Policy.Read.All): which methods are enabled (CIS v5 5.28 passwordless, manual).
 * id `/tenants/<tenantId>/policies/authenticationMethodsPolicy`.
 */
export interface EntraAuthenticationMethodsPolicy {
  /** authenticationMethodConfigurations[]: id ('Fido2', 'MicrosoftAuthenticator', 'Sms', 'TemporaryAccessPass', ...) and state ('enabled' | 'disabled'). */
  readonly methods: readonly { readonly id: string; readonly state: string }[];
  /** registrationEnforcement.authenticationMethodsRegistrationCampaign.state: 'default' | 'enabled' | 'disabled'. */
  readonly registrationCampaignState: string | null;
  /** policyMigrationState: 'preMigration' | 'migrationInProgress' | 'migrationComplete'. */
  readonly policyMigrationState: string | null;
}
