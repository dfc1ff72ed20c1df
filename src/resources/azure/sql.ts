/** Azure SQL Database (Microsoft.Sql, @azure/arm-sql). region = location. */
import type { PrivateEndpointConnection } from './common.js';

/** One server firewall rule (Firewall Rules - List By Server). 0.0.0.0-0.0.0.0 is "Allow Azure services". */
export interface SqlFirewallRule {
  readonly name: string;
  readonly startIpAddress: string;
  readonly endIpAddress: string;
}

/** Blob auditing policy (Server/Database Blob Auditing Policies - Get, `.../auditingSettings/default`). */
export interface SqlAuditingPolicy {
  /** state: 'Enabled' | 'Disabled'. */
  readonly state: string;
  /** retentionDays: 0 means unlimited retention. */
  readonly retentionDays: number | null;
  /** isAzureMonitorTargetEnabled: audit to Log Analytics / Event Hubs via diagnostic settings. */
  readonly isAzureMonitorTargetEnabled: boolean | null;
  /** storageEndpoint: audit to a storage account; null when not used. */
  readonly storageEndpoint: string | null;
  readonly auditActionsAndGroups: readonly string[];
}

/**
 * A logical SQL server (Servers - List, `GET /subscriptions/{id}/providers/Microsoft.Sql/servers`,
 * api-version 2021-11-01), hydrated with auditing, TDE protector, firewall rules, Entra admin and
 * Defender for SQL settings. CIS v2.1/v3 section 4.1 (left the Foundations benchmark in v4).
 * Each hydrated part is null when its call failed (a property-level collection error says which).
 */
export interface SqlServer {
  readonly version: string | null;
  readonly administratorLogin: string | null;
  readonly fullyQualifiedDomainName: string | null;
  /** publicNetworkAccess: 'Enabled' | 'Disabled' | 'SecuredByPerimeter'. */
  readonly publicNetworkAccess: string | null;
  /** minimalTlsVersion: 'None' | '1.0' | '1.1' | '1.2' | '1.3'. */
  readonly minimalTlsVersion: string | null;
  readonly restrictOutboundNetworkAccess: string | null;
  readonly privateEndpointConnections: readonly PrivateEndpointConnection[];
  /** Server Blob Auditing Policies - Get. */
  readonly auditing: SqlAuditingPolicy | null;
  /** Encryption Protectors - Get: serverKeyType 'ServiceManaged' | 'AzureKeyVault' (CMK). */
  readonly encryptionProtector: {
    readonly serverKeyType: string;
    readonly serverKeyName: string | null;
    readonly uri: string | null;
    readonly autoRotationEnabled: boolean | null;
  } | null;
  /** Firewall Rules - List By Server. */
  readonly firewallRules: readonly SqlFirewallRule[] | null;
  /**
   * Server Azure AD Administrators - List By Server: the Entra admin; `configured` is false when the
   * list is empty. null when the call failed.
   */
  readonly entraAdmin: {
    readonly configured: boolean;
    readonly login: string | null;
    readonly sid: string | null;
    /** administratorType / principal type: 'User' | 'Group' | 'Application'. */
    readonly principalType: string | null;
    /** azureADOnlyAuthentication. */
    readonly azureADOnlyAuthentication: boolean | null;
  } | null;
  /** Server Security Alert Policies - Get (Defender for SQL threat detection) state: 'Enabled' | 'Disabled'. */
  readonly securityAlertPolicyState: string | null;
  /** Server Vulnerability Assessments - Get; null when not configured or not collected. */
  readonly vulnerabilityAssessment: {
    readonly storageContainerPath: string | null;
    readonly recurringScansEnabled: boolean;
    readonly emailSubscriptionAdmins: boolean;
    readonly emails: readonly string[];
  } | null;
}

/**
 * A database of a SQL server (Databases - List By Server, `GET .../servers/{name}/databases`), except
 * 'master'; hydrated with TDE (Transparent Data Encryptions - Get, `.../transparentDataEncryption/current`)
 * and database-level auditing.
 */
export interface SqlDatabase {
  /** ARM id of the server. */
  readonly serverId: string;
  readonly serverName: string;
  readonly status: string | null;
  readonly skuName: string | null;
  readonly skuTier: string | null;
  readonly zoneRedundant: boolean | null;
  /** Transparent data encryption state: 'Enabled' | 'Disabled'; null when not collected. */
  readonly tdeState: string | null;
  /** Database Blob Auditing Policies - Get; null when not collected. */
  readonly auditing: SqlAuditingPolicy | null;
}
