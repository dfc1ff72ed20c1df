/** Azure Storage (Microsoft.Storage, @azure/arm-storage). */
import type { DiagnosticSetting, FirewallIpRule, ManagedIdentity, PrivateEndpointConnection, FirewallVirtualNetworkRule } from './common.js';

/** properties.networkAcls of a storage account. */
export interface StorageNetworkRuleSet {
  /** defaultAction: 'Allow' | 'Deny' (CIS 9.3.2.3). */
  readonly defaultAction: string;
  /** bypass, split on ',': 'AzureServices' | 'Logging' | 'Metrics' | 'None' (CIS 9.3.5). */
  readonly bypass: readonly string[];
  readonly ipRules: readonly FirewallIpRule[];
  readonly virtualNetworkRules: readonly FirewallVirtualNetworkRule[];
  /** resourceAccessRules[].resourceId (resource-instance rules). */
  readonly resourceAccessRuleIds: readonly string[];
}

/** properties.encryption of a storage account. */
export interface StorageEncryption {
  /** keySource: 'Microsoft.Storage' (Microsoft-managed) | 'Microsoft.Keyvault' (customer-managed, CIS 6.1.1.3). */
  readonly keySource: string;
  /** requireInfrastructureEncryption (double encryption). */
  readonly requireInfrastructureEncryption: boolean | null;
  /** keyvaultproperties; null for Microsoft-managed keys. */
  readonly keyVaultProperties: {
    readonly keyName: string | null;
    readonly keyVaultUri: string | null;
    readonly keyVersion: string | null;
    readonly lastKeyRotationTimestamp: string | null;
  } | null;
  /** services.{blob,file,table,queue}.enabled: services with encryption reported enabled. */
  readonly encryptedServices: readonly string[];
}

/**
 * Blob service properties (Blob Services - Get Service Properties,
 * `GET .../storageAccounts/{name}/blobServices/default`). CIS 9.2.1-9.2.3.
 */
export interface BlobServiceProperties {
  /** deleteRetentionPolicy: blob soft delete. */
  readonly deleteRetentionPolicy: { readonly enabled: boolean; readonly days: number | null; readonly allowPermanentDelete: boolean | null };
  /** containerDeleteRetentionPolicy: container soft delete. */
  readonly containerDeleteRetentionPolicy: { readonly enabled: boolean; readonly days: number | null };
  readonly isVersioningEnabled: boolean;
  readonly changeFeedEnabled: boolean;
  /** restorePolicy.enabled (point-in-time restore). */
  readonly restorePolicyEnabled: boolean;
  readonly lastAccessTimeTrackingEnabled: boolean;
}

/**
 * File service properties (File Services - Get Service Properties,
 * `GET .../storageAccounts/{name}/fileServices/default`). CIS 9.1.1-9.1.3.
 */
export interface FileServiceProperties {
  /** shareDeleteRetentionPolicy: file share soft delete. */
  readonly shareDeleteRetentionPolicy: { readonly enabled: boolean; readonly days: number | null };
  /**
   * protocolSettings.smb, split on ';'. An empty list means the property is unset, which Azure
   * treats as "all supported values" (e.g. SMB2.1;SMB3.0;SMB3.1.1 and AES-128-CCM;AES-128-GCM;AES-256-GCM).
   */
  readonly smb: {
    readonly versions: readonly string[];
    readonly channelEncryption: readonly string[];
    readonly authenticationMethods: readonly string[];
    readonly kerberosTicketEncryption: readonly string[];
    readonly multichannelEnabled: boolean | null;
  };
}

/** Per-service (blob, queue, table, file) diagnostic settings: `GET .../storageAccounts/{name}/{service}Services/default/providers/Microsoft.Insights/diagnosticSettings`. */
export interface StorageServiceLogging {
  readonly blob: readonly DiagnosticSetting[];
  readonly queue: readonly DiagnosticSetting[];
  readonly table: readonly DiagnosticSetting[];
  readonly file: readonly DiagnosticSetting[];
}

/**
 * A storage account (Storage Accounts - List, `GET /subscriptions/{id}/providers/Microsoft.Storage/storageAccounts`,
 * api-version 2023-05-01), hydrated with its blob, file and queue service properties and the
 * per-service diagnostic settings. CIS section 9; region = location.
 */
export interface StorageAccount {
  /** kind: 'StorageV2' | 'BlobStorage' | 'BlockBlobStorage' | 'FileStorage' | 'Storage'. */
  readonly kind: string | null;
  /** sku.name, e.g. 'Standard_LRS', 'Standard_GRS', 'Standard_RAGZRS' (CIS 9.3.11). */
  readonly skuName: string | null;
  readonly accessTier: string | null;
  readonly creationTime: string | null;
  readonly provisioningState: string | null;
  /** supportsHttpsTrafficOnly: 'Secure transfer required' (CIS 9.3.4). */
  readonly enableHttpsTrafficOnly: boolean;
  /** minimumTlsVersion: 'TLS1_0' | 'TLS1_1' | 'TLS1_2' | 'TLS1_3'; null when unset (defaults to TLS1_0 on older accounts). CIS 9.3.6. */
  readonly minimumTlsVersion: string | null;
  /** allowBlobPublicAccess: null when unset (treated as true on accounts created before 2023-11). CIS 9.3.8. */
  readonly allowBlobPublicAccess: boolean | null;
  /** allowSharedKeyAccess: null when unset (means true). CIS 9.3.1.3. */
  readonly allowSharedKeyAccess: boolean | null;
  /** allowCrossTenantReplication: null when unset (false for accounts created after 2023-12). CIS 9.3.7. */
  readonly allowCrossTenantReplication: boolean | null;
  /** defaultToOAuthAuthentication: 'Default to Microsoft Entra authorization in the Azure portal' (CIS 9.3.3.1). */
  readonly defaultToOAuthAuthentication: boolean | null;
  /** publicNetworkAccess: 'Enabled' | 'Disabled' | 'SecuredByPerimeter'; null when unset (means Enabled). CIS 9.3.2.2. */
  readonly publicNetworkAccess: string | null;
  readonly networkRuleSet: StorageNetworkRuleSet;
  readonly privateEndpointConnections: readonly PrivateEndpointConnection[];
  readonly encryption: StorageEncryption;
  /** keyPolicy.keyExpirationPeriodInDays: 'key rotation reminders' (CIS 9.3.1.1); null when no key policy. */
  readonly keyExpirationPeriodInDays: number | null;
  /** keyCreationTime.key1 / key2: last regeneration (CIS 9.3.1.2); null when never reported. */
  readonly keyCreationTime: { readonly key1: string | null; readonly key2: string | null };
  /** sasPolicy.sasExpirationPeriod ('1.00:00:00'); null when none. */
  readonly sasExpirationPeriod: string | null;
  readonly isHnsEnabled: boolean | null;
  readonly isSftpEnabled: boolean | null;
  readonly isLocalUserEnabled: boolean | null;
  readonly identity: ManagedIdentity | null;
  /** Blob service properties; null when not collected (FileStorage accounts have none, or the call failed). */
  readonly blobService: BlobServiceProperties | null;
  /** File service properties; null when not collected (BlobStorage accounts have none, or the call failed). */
  readonly fileService: FileServiceProperties | null;
  /**
   * Queue service properties (Queue Services - Get Service Properties): ARM reports only CORS,
   * so this is the number of CORS rules; null when not collected or the account has no queue service.
   */
  readonly queueServiceCorsRuleCount: number | null;
  /** Diagnostic settings of the blob, queue, table and file services; null when not collected. */
  readonly serviceLogging: StorageServiceLogging | null;
}
