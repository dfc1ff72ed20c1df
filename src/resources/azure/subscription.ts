/**
 * Subscription-, location- and tenant-level facts. These are real resources, never placeholders
 * (house style 2.3): `azure.subscription` is always present for every scanned subscription.
 */

/**
 * The scanned subscription itself (Subscriptions - Get, `GET /subscriptions/{id}`,
 * @azure/arm-resources-subscriptions `subscriptions.get`). Always present, like `aws.account`.
 * id `/subscriptions/<id>`, account = subscription id, region 'global'.
 */
export interface AzureSubscription {
  readonly subscriptionId: string;
  readonly displayName: string;
  /** The Entra tenant the subscription trusts (tenantId). */
  readonly tenantId: string;
  /** 'Enabled' | 'Warned' | 'PastDue' | 'Disabled' | 'Deleted' */
  readonly state: string;
  /** subscriptionPolicies.quotaId, e.g. 'PayAsYouGo_2014-09-01', 'MSDN_2014-09-01'. */
  readonly quotaId: string | null;
  /** subscriptionPolicies.spendingLimit: 'On' | 'Off' | 'CurrentPeriodOff'. */
  readonly spendingLimit: string | null;
  /** authorizationSource: 'RoleBased' | 'Legacy' | 'Bypassed' | 'Direct' | 'Management'. */
  readonly authorizationSource: string | null;
  /** managedByTenants[].tenantId (Azure Lighthouse). */
  readonly managedByTenantIds: readonly string[];
}

/**
 * A location the subscription uses: one per distinct `location` of the subscription's resources
 * (Resources - List, `GET /subscriptions/{id}/resources`), named with Subscriptions - List Locations.
 * The CIS "regions in use" (Network Watcher, 7.6). id `/subscriptions/<id>/locations/<name>`,
 * region = the location.
 */
export interface AzureLocation {
  /** Normalised programmatic name, e.g. 'westeurope'. */
  readonly name: string;
  /** e.g. 'West Europe'; null when the location is not in List Locations (edge zones, 'global'-like values). */
  readonly displayName: string | null;
  /** How many resources of the subscription are in the location. */
  readonly resourceCount: number;
}

/**
 * The tenant's subscription policy (Subscription Policy - Get Policy For Tenant,
 * `GET /providers/Microsoft.Subscription/policies/default`, api-version 2021-10-01): who may move
 * subscriptions into or out of the tenant (CIS v6 5.6, manual). Tenant-level:
 * id `/tenants/<tenantId>/providers/Microsoft.Subscription/policies/default`, account = tenant id.
 */
export interface SubscriptionTenantPolicy {
  /** properties.blockSubscriptionsLeavingTenant. */
  readonly blockSubscriptionsLeavingTenant: boolean | null;
  /** properties.blockSubscriptionsIntoTenant. */
  readonly blockSubscriptionsIntoTenant: boolean | null;
  /** properties.exemptedPrincipals: object ids allowed regardless. */
  readonly exemptedPrincipals: readonly string[];
}

/**
 * A management lock (Management Locks - List At Subscription Level,
 * `GET /subscriptions/{id}/providers/Microsoft.Authorization/locks`, @azure/arm-locks). Covers locks
 * on the subscription, its resource groups and resources. region 'global'.
 */
export interface ResourceLock {
  /** properties.level: 'CanNotDelete' | 'ReadOnly'. */
  readonly level: string;
  readonly notes: string | null;
  /** The ARM id of the locked scope (subscription, resource group or resource), derived from the lock id. */
  readonly scopeId: string;
  /** properties.owners[].applicationId. */
  readonly ownerApplicationIds: readonly string[];
}

/**
 * An Azure Policy assignment effective on the subscription, including those inherited from
 * management groups (Policy Assignments - List, `GET /subscriptions/{id}/providers/Microsoft.Authorization/policyAssignments`,
 * @azure/arm-policy). The Microsoft Cloud Security Benchmark assignment is named 'SecurityCenterBuiltIn'
 * (CIS 8.1.10, 8.1.11). region 'global'. Assignments inherited from a management group are seen by
 * every subscription below it: their id is `/subscriptions/<sub>/inherited<assignment id>`.
 */
export interface PolicyAssignment {
  readonly name: string;
  readonly displayName: string | null;
  /** properties.policyDefinitionId: a policy or initiative (policySetDefinitions) id. */
  readonly policyDefinitionId: string;
  /** properties.scope. */
  readonly scope: string;
  readonly notScopes: readonly string[];
  /** properties.enforcementMode: 'Default' | 'DoNotEnforce'. */
  readonly enforcementMode: string;
  /**
   * properties.parameters, reduced to their values (`{ name: value }`); effect parameters such as
   * 'systemUpdatesMonitoringEffect' read 'AuditIfNotExists' | 'Disabled' | ...
   */
  readonly parameters: { readonly [name: string]: unknown };
}
