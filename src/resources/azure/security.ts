/** Microsoft Defender for Cloud (Microsoft.Security, @azure/arm-security). Subscription-level: region 'global'. */

/** One plan extension (`properties.extensions[]`), e.g. 'AgentlessVmScanning', 'FileIntegrityMonitoring', 'MdeDesignatedSubscription'. */
export interface DefenderPlanExtension {
  readonly name: string;
  /** isEnabled: 'True' | 'False' in the API, normalised to boolean. */
  readonly isEnabled: boolean;
}

/**
 * A Defender for Cloud plan (Pricings - List, `GET /subscriptions/{id}/providers/Microsoft.Security/pricings`,
 * api-version 2024-01-01). name is the plan: 'VirtualMachines', 'SqlServers', 'AppServices', 'StorageAccounts',
 * 'SqlServerVirtualMachines', 'KeyVaults', 'Arm', 'Dns', 'OpenSourceRelationalDatabases', 'CosmosDbs',
 * 'Containers', 'CloudPosture', 'Api', 'AI', ... CIS 8.1.x ('Standard' = On).
 */
export interface DefenderPlan {
  readonly name: string;
  /** properties.pricingTier: 'Free' | 'Standard'. */
  readonly pricingTier: string;
  /** properties.subPlan, e.g. 'P1' | 'P2' | 'DefenderForStorageV2' | 'PerApiCall'; null when none. */
  readonly subPlan: string | null;
  readonly enablementTime: string | null;
  /** properties.deprecated: plan no longer offered (e.g. Dns). */
  readonly deprecated: boolean;
  readonly extensions: readonly DefenderPlanExtension[];
}

/**
 * Defender for Cloud email notifications (Security Contacts - List,
 * `GET /subscriptions/{id}/providers/Microsoft.Security/securityContacts`, api-version 2023-12-01-preview).
 * CIS 8.1.12 (roles include Owner), 8.1.13 (additional emails), 8.1.14 (alert severity), 8.1.15 (attack paths).
 */
export interface DefenderSecurityContact {
  /** properties.emails, split on ';'. */
  readonly emails: readonly string[];
  readonly phone: string | null;
  /** properties.isEnabled (2023-12-01-preview); null on older shapes. */
  readonly isEnabled: boolean | null;
  /** properties.notificationsByRole.state: 'On' | 'Off'. */
  readonly notificationsByRoleState: string | null;
  /** properties.notificationsByRole.roles: 'Owner' | 'AccountAdmin' | 'Contributor' | 'ServiceAdmin'. */
  readonly notificationsByRoleRoles: readonly string[];
  /** notificationsSources[sourceType=Alert].minimalSeverity ('High' | 'Medium' | 'Low'), or legacy alertNotifications.minimalSeverity when its state is On; null when off. */
  readonly alertMinimalSeverity: string | null;
  /** notificationsSources[sourceType=AttackPath].minimalRiskLevel ('Critical' | 'High' | 'Medium' | 'Low'); null when off. */
  readonly attackPathMinimalRiskLevel: string | null;
}

/**
 * Legacy auto-provisioning of the monitoring agent (Auto Provisioning Settings - List,
 * `GET /subscriptions/{id}/providers/Microsoft.Security/autoProvisioningSettings`). name 'default'.
 */
export interface DefenderAutoProvisioningSetting {
  /** properties.autoProvision: 'On' | 'Off'. */
  readonly autoProvision: string;
}

/**
 * A Defender for Cloud integration setting (Settings - List,
 * `GET /subscriptions/{id}/providers/Microsoft.Security/settings`): name 'WDATP' (Defender for Endpoint,
 * CIS 8.1.3.3), 'MCAS' (Defender for Cloud Apps), 'Sentinel', 'WDATP_UNIFIED_SOLUTION', ...
 */
export interface DefenderSetting {
  /** kind: 'DataExportSettings' | 'AlertSyncSettings'. */
  readonly kind: string | null;
  /** properties.enabled. */
  readonly enabled: boolean;
}

/**
 * A Defender for Cloud assessment result for one resource (Assessments - List,
 * `GET /subscriptions/{id}/providers/Microsoft.Security/assessments`, api-version 2021-06-01).
 * id = the assessment's ARM id (`<resourceId>/providers/Microsoft.Security/assessments/<key>`).
 * region 'global'. CIS 8.1.10 (machines checked for updates), 8.1.3.3 (endpoint protection).
 */
export interface DefenderAssessment {
  /** The assessment type key (name), e.g. '4ab6e3c5-74dd-8b35-9ab9-f61b30875b27' (system updates). */
  readonly assessmentKey: string;
  readonly displayName: string;
  /** properties.resourceDetails.Id (or ResourceId): the assessed resource. */
  readonly resourceId: string | null;
  /** properties.status.code: 'Healthy' | 'Unhealthy' | 'NotApplicable'. */
  readonly statusCode: string;
  readonly statusCause: string | null;
}
