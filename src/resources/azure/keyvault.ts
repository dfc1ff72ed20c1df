/** Azure Key Vault (Microsoft.KeyVault, @azure/arm-keyvault; certificates through the data plane). */
import type { DiagnosticSetting, FirewallIpRule, PrivateEndpointConnection, FirewallVirtualNetworkRule } from './common.js';

/**
 * A key, from the management plane (Keys - List, `GET .../vaults/{name}/keys`, api-version 2023-07-01:
 * needs only `Microsoft.KeyVault/vaults/keys/read`, no data-plane access). Times are ISO 8601
 * (ARM reports epoch seconds).
 */
export interface KeyVaultKey {
  readonly name: string;
  readonly enabled: boolean;
  /** attributes.exp: expiration; null when none is set (CIS 8.3.1, 8.3.2). */
  readonly expires: string | null;
  readonly notBefore: string | null;
  readonly created: string | null;
  readonly updated: string | null;
  /** kty: 'RSA' | 'RSA-HSM' | 'EC' | 'EC-HSM' | 'oct-HSM'. */
  readonly keyType: string | null;
  /**
   * rotationPolicy (CIS 8.3.9): lifetimeActions with their trigger, e.g.
   * { action: 'rotate', timeAfterCreate: 'P90D', timeBeforeExpiry: null }; null when no policy is set
   * (or the management plane does not report it).
   */
  readonly rotationPolicy: {
    /** attributes.expiryTime, e.g. 'P1Y'. */
    readonly expiryTime: string | null;
    readonly lifetimeActions: readonly { readonly action: string; readonly timeAfterCreate: string | null; readonly timeBeforeExpiry: string | null }[];
  } | null;
}

/** A secret's metadata from the management plane (Secrets - List, `GET .../vaults/{name}/secrets`; values are never read). */
export interface KeyVaultSecret {
  readonly name: string;
  readonly enabled: boolean;
  /** attributes.exp: expiration; null when none is set (CIS 8.3.3, 8.3.4). */
  readonly expires: string | null;
  readonly notBefore: string | null;
  readonly created: string | null;
  readonly updated: string | null;
  readonly contentType: string | null;
  /**
   * True for the secrets backing a certificate. The management plane does not report the data plane's
   * `managed` flag, so this is read from contentType: Key Vault gives certificate secrets
   * 'application/x-pkcs12' or 'application/x-pem-file'.
   */
  readonly managed: boolean;
}

/**
 * A certificate, from the data plane (`GET {vaultUri}/certificates` and `GET {vaultUri}/certificates/{name}/policy`,
 * api-version 7.4; needs Key Vault Reader or a 'list'/'get' certificate access policy, and network access to the vault).
 */
export interface KeyVaultCertificate {
  readonly name: string;
  readonly enabled: boolean;
  readonly expires: string | null;
  readonly created: string | null;
  /** policy.x509_props.validity_months (CIS 8.3.11: <= 12); null when the policy could not be read. */
  readonly validityInMonths: number | null;
  /** policy.issuer.name: 'Self' | 'Unknown' | a CA provider. */
  readonly issuerName: string | null;
  /** policy.lifetime_actions[].action.action_type: 'AutoRenew' | 'EmailContacts'. */
  readonly lifetimeActions: readonly string[];
}

/** One access policy entry (`properties.accessPolicies[]`, used when RBAC authorization is off). */
export interface KeyVaultAccessPolicy {
  readonly objectId: string;
  readonly applicationId: string | null;
  readonly keys: readonly string[];
  readonly secrets: readonly string[];
  readonly certificates: readonly string[];
}

/**
 * A key vault (Vaults - List By Subscription, `GET /subscriptions/{id}/providers/Microsoft.KeyVault/vaults`,
 * api-version 2023-07-01), hydrated with its keys, secrets, certificates and diagnostic settings.
 * CIS 8.3.x, 6.1.1.4. region = location. Each hydrated list is null when it could not be read (a
 * property-level collection error names it), never [] for "unknown".
 */
export interface KeyVault {
  readonly vaultUri: string | null;
  /** sku.name: 'standard' | 'premium'. */
  readonly skuName: string | null;
  readonly tenantId: string | null;
  /** enableSoftDelete: null when unset (on by default since 2020, cannot be disabled). */
  readonly enableSoftDelete: boolean | null;
  readonly softDeleteRetentionInDays: number | null;
  /** enablePurgeProtection (CIS 8.3.5): null when unset (off). */
  readonly enablePurgeProtection: boolean | null;
  /** enableRbacAuthorization (CIS 8.3.6): null when unset (access policies). */
  readonly enableRbacAuthorization: boolean | null;
  /** publicNetworkAccess (CIS 8.3.7): 'Enabled' | 'Disabled'; null when unset (Enabled). */
  readonly publicNetworkAccess: string | null;
  /** networkAcls; null when none (all networks allowed). */
  readonly networkAcls: {
    readonly defaultAction: string;
    readonly bypass: string | null;
    readonly ipRules: readonly FirewallIpRule[];
    readonly virtualNetworkRules: readonly FirewallVirtualNetworkRule[];
  } | null;
  /** CIS 8.3.8. */
  readonly privateEndpointConnections: readonly PrivateEndpointConnection[];
  readonly enabledForDeployment: boolean | null;
  readonly enabledForDiskEncryption: boolean | null;
  readonly enabledForTemplateDeployment: boolean | null;
  readonly accessPolicies: readonly KeyVaultAccessPolicy[];
  readonly keys: readonly KeyVaultKey[] | null;
  readonly secrets: readonly KeyVaultSecret[] | null;
  readonly certificates: readonly KeyVaultCertificate[] | null;
  /** Diagnostic settings (CIS 6.1.1.4: category 'AuditEvent' or group 'audit'/'allLogs' enabled). */
  readonly diagnosticSettings: readonly DiagnosticSetting[] | null;
}
