/** Azure RBAC (Microsoft.Authorization, @azure/arm-authorization). Subscription-level: region 'global'. */

/**
 * A role assignment visible from the subscription (Role Assignments - List For Subscription,
 * `GET /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments`): assignments at the
 * subscription, inherited from management groups and the root ('/'), and on its resource groups
 * and resources. Filter on `scope` for subscription-level checks (CIS 5.3.3, 5.7). Assignments
 * inherited from a management group or the root are seen by every subscription below it: their id
 * is `/subscriptions/<sub>/inherited<assignment id>`, so each subscription's view is complete.
 */
export interface RoleAssignment {
  /** properties.scope, e.g. '/subscriptions/<id>', '/providers/Microsoft.Management/managementGroups/<mg>', '/'. */
  readonly scope: string;
  /** properties.roleDefinitionId (full ARM id). */
  readonly roleDefinitionId: string;
  /** The role's name, resolved from Role Definitions - List (built-in and custom); null when unresolved. */
  readonly roleName: string | null;
  /** 'BuiltInRole' | 'CustomRole'; null when unresolved. */
  readonly roleType: string | null;
  /** properties.principalId: Entra object id. */
  readonly principalId: string;
  /** properties.principalType: 'User' | 'Group' | 'ServicePrincipal' | 'ForeignGroup' | 'Device'. */
  readonly principalType: string | null;
  /** properties.condition (ABAC); null when none. */
  readonly condition: string | null;
  readonly createdOn: string | null;
  readonly description: string | null;
}

/** One entry of a role definition's `properties.permissions`. */
export interface RolePermission {
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly dataActions: readonly string[];
  readonly notDataActions: readonly string[];
}

/**
 * A custom role definition assignable in the subscription (Role Definitions - List,
 * `GET /subscriptions/{id}/providers/Microsoft.Authorization/roleDefinitions`, type CustomRole).
 * Built-in roles are not emitted (they are the same everywhere); assignments carry their names.
 * CIS 5.4 (no custom subscription administrator roles), 5.5 (resource-lock administrator role).
 */
export interface RoleDefinition {
  /** properties.roleName. */
  readonly roleName: string;
  /** properties.type: 'CustomRole' (built-in roles are not collected). */
  readonly roleType: string;
  readonly description: string | null;
  /** properties.assignableScopes, e.g. ['/subscriptions/<id>'], ['/']. */
  readonly assignableScopes: readonly string[];
  readonly permissions: readonly RolePermission[];
  readonly createdOn: string | null;
  readonly updatedOn: string | null;
}
