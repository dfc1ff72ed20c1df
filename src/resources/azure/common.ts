/**
 * Shapes shared by several Azure resource types. Values are as Azure Resource Manager (ARM) or
 * Microsoft Graph report them, flattened out of ARM's `properties` envelope and normalised to
 * nullable fields: `null` means "not reported / unknown", never "false".
 *
 * Conventions for every Azure resource (see src/resources/azure/index.ts):
 * - `id` is the ARM resource id as ARM returns it (case preserved); Graph objects, which have no
 *   ARM id, use `/tenants/<tenantId>/<collection>/<objectId>`.
 * - `account` is the subscription id (lowercase GUID), or the tenant id for tenant-level (Entra)
 *   resources; `region` is the normalised ARM location (`eastus`), or 'global'.
 */

/**
 * One diagnostic setting of a resource (Monitor Diagnostic Settings - List,
 * `GET {resourceUri}/providers/Microsoft.Insights/diagnosticSettings`, api-version 2021-05-01-preview).
 */
export interface DiagnosticSetting {
  /** ARM id of the setting. */
  readonly id: string;
  readonly name: string;
  /** properties.storageAccountId: archive destination. */
  readonly storageAccountId: string | null;
  /** properties.workspaceId: Log Analytics destination. */
  readonly workspaceId: string | null;
  /** properties.eventHubAuthorizationRuleId: Event Hubs destination. */
  readonly eventHubAuthorizationRuleId: string | null;
  readonly eventHubName: string | null;
  /** properties.marketplacePartnerId: partner solution destination. */
  readonly marketplacePartnerId: string | null;
  /** properties.logs: one entry per category or category group ('allLogs', 'audit'). */
  readonly logs: readonly DiagnosticLogSetting[];
  /** properties.metrics. */
  readonly metrics: readonly { readonly category: string | null; readonly enabled: boolean }[];
}

export interface DiagnosticLogSetting {
  /** e.g. 'AuditEvent', 'AppServiceHTTPLogs', 'Administrative'; null when a category group is used. */
  readonly category: string | null;
  /** e.g. 'allLogs', 'audit'; null when a single category is used. */
  readonly categoryGroup: string | null;
  readonly enabled: boolean;
  /** retentionPolicy.days when retentionPolicy.enabled (deprecated storage retention); null otherwise. */
  readonly retentionDays: number | null;
}

/** One entry of `properties.privateEndpointConnections` (Storage, Key Vault, SQL, Databricks, ...). */
export interface PrivateEndpointConnection {
  /** ARM id of the connection. */
  readonly id: string;
  /** properties.privateEndpoint.id. */
  readonly privateEndpointId: string | null;
  /** properties.privateLinkServiceConnectionState.status: 'Approved' | 'Pending' | 'Rejected' | 'Disconnected'. */
  readonly status: string | null;
}

/** `identity` of an ARM resource (managed identities). */
export interface ManagedIdentity {
  /** 'SystemAssigned' | 'UserAssigned' | 'SystemAssigned, UserAssigned' | 'None' */
  readonly type: string;
  /** System-assigned identity's object id. */
  readonly principalId: string | null;
  /** ARM ids of the user-assigned identities. */
  readonly userAssignedIdentityIds: readonly string[];
}

/** An IP rule of a service firewall (Storage, Key Vault: `networkAcls.ipRules`). */
export interface FirewallIpRule {
  /** IPv4 address or CIDR. */
  readonly value: string;
  /** 'Allow' (the only action these APIs support). */
  readonly action: string | null;
}

/** A virtual network rule of a service firewall (`virtualNetworkRules[].id`). */
export interface FirewallVirtualNetworkRule {
  /** ARM id of the allowed subnet. */
  readonly subnetId: string;
  readonly state: string | null;
}
