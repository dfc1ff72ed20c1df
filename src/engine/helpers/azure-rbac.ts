/**
 * Azure RBAC facts the CIS identity controls share: which assignments apply to a whole subscription
 * (its own scope, a management group above it, or the root '/'), and role identity by definition id.
 */
import type { RoleAssignment, RoleDefinition } from '../../resources/azure/index.js';

export const BUILT_IN_ROLES = Object.freeze({
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
});

/** True when the assignment's role definition id ends with the built-in role's GUID. */
export function hasRole(assignment: RoleAssignment, roleGuid: string): boolean {
  return assignment.roleDefinitionId.toLowerCase().endsWith(`/${roleGuid}`);
}

export type ScopeLevel = 'root' | 'managementGroup' | 'subscription' | 'resourceGroup' | 'resource';

/** Where an assignment scope sits, from the scope id alone. */
export function scopeLevel(scope: string): ScopeLevel {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  if (s === '') return 'root';
  if (s.startsWith('/providers/microsoft.management/managementgroups/')) return 'managementGroup';
  if (/^\/subscriptions\/[^/]+$/.test(s)) return 'subscription';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s)) return 'resourceGroup';
  return 'resource';
}

/** True when the assignment applies to the whole subscription: at it, or inherited from above. */
export function coversSubscription(assignment: RoleAssignment, subscriptionId: string): boolean {
  const level = scopeLevel(assignment.scope);
  if (level === 'root' || level === 'managementGroup') return true;
  return level === 'subscription' && assignment.scope.toLowerCase().replace(/\/+$/, '') === `/subscriptions/${subscriptionId.toLowerCase()}`;
}

/** True when a role definition can be assigned at the subscription or above (root, management group). */
export function assignableAtSubscription(role: RoleDefinition, subscriptionId: string): boolean {
  return role.assignableScopes.some((s) => {
    const level = scopeLevel(s);
    return (
      level === 'root' ||
      level === 'managementGroup' ||
      (level === 'subscription' && s.toLowerCase().replace(/\/+$/, '') === `/subscriptions/${subscriptionId.toLowerCase()}`)
    );
  });
}

/** True when the assignment applies to the resource: at it, at a scope above it (resource group, subscription), or at a management group or the root. */
export function coversResource(assignment: RoleAssignment, resourceId: string): boolean {
  const level = scopeLevel(assignment.scope);
  if (level === 'root' || level === 'managementGroup') return true;
  const scope = assignment.scope.toLowerCase().replace(/\/+$/, '');
  const id = resourceId.toLowerCase();
  return id === scope || id.startsWith(`${scope}/`);
}
