/**
 * Azure RBAC (@azure/arm-authorization): role assignments visible from the subscription, with
 * their role names resolved, and the custom role definitions assignable in it.
 */
import type { RoleAssignment as RawRoleAssignment, RoleDefinition as RawRoleDefinition } from '@azure/arm-authorization';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { Resource } from '../../../resources/index.js';
import { iso, list, subscriptionViewId } from '../arm.js';
import { listAll, readAll, recordError, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'authorization';
const ASSIGNMENTS_READ = 'Microsoft.Authorization/roleAssignments/read';
const DEFINITIONS_READ = 'Microsoft.Authorization/roleDefinitions/read';

/** The GUID at the end of a role definition id: the same role has different id prefixes at different scopes. */
export function roleGuid(roleDefinitionId: string): string {
  return (roleDefinitionId.split('/').pop() ?? roleDefinitionId).toLowerCase();
}

export function toRoleAssignment(
  subscriptionId: string,
  raw: RawRoleAssignment,
  roles: ReadonlyMap<string, RawRoleDefinition> | null,
): Resource<'azure.authorization.role-assignment'> {
  const id = raw.id ?? '';
  const role = roles?.get(roleGuid(raw.roleDefinitionId ?? '')) ?? null;
  return makeResource(
    'azure.authorization.role-assignment',
    { id: subscriptionViewId(subscriptionId, id), name: raw.name ?? id, account: subscriptionId, region: 'global' },
    {
      scope: raw.scope ?? '',
      roleDefinitionId: raw.roleDefinitionId ?? '',
      roleName: role?.roleName ?? null,
      roleType: role?.roleType ?? null,
      principalId: raw.principalId ?? '',
      principalType: raw.principalType ?? null,
      condition: raw.condition ?? null,
      createdOn: iso(raw.createdOn),
      description: raw.description ?? null,
    },
  );
}

export function toRoleDefinition(subscriptionId: string, raw: RawRoleDefinition): Resource<'azure.authorization.role-definition'> {
  const id = raw.id ?? '';
  return makeResource(
    'azure.authorization.role-definition',
    { id: subscriptionViewId(subscriptionId, id), name: raw.roleName ?? raw.name ?? id, account: subscriptionId, region: 'global' },
    {
      roleName: raw.roleName ?? raw.name ?? id,
      roleType: raw.roleType ?? 'CustomRole',
      description: raw.description ?? null,
      assignableScopes: list(raw.assignableScopes),
      permissions: list(raw.permissions).map((p) => ({
        actions: list(p.actions),
        notActions: list(p.notActions),
        dataActions: list(p.dataActions),
        notDataActions: list(p.notDataActions),
      })),
      createdOn: iso(raw.createdOn),
      updatedOn: iso(raw.updatedOn),
    },
  );
}

export const authorizationCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.authorization.role-assignment', 'azure.authorization.role-definition'],
  permissions: [ASSIGNMENTS_READ, DEFINITIONS_READ],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const client = await ctx.clients.authorization(sub);
    const [definitions, assignments] = await Promise.all([
      readAll(ctx, () => client.roleDefinitions.list(`subscriptions/${sub}`)),
      listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.authorization.role-assignment'] }, ASSIGNMENTS_READ, () =>
        client.roleAssignments.listForSubscription(),
      ),
    ]);
    const roles = 'items' in definitions ? new Map(definitions.items.map((d) => [roleGuid(d.id ?? d.name ?? ''), d])) : null;
    if ('items' in definitions) {
      for (const definition of definitions.items) if (definition.roleType === 'CustomRole') ctx.sink.resource(toRoleDefinition(sub, definition));
    } else {
      recordError(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.authorization.role-definition'] }, DEFINITIONS_READ, definitions.error);
    }
    for (const assignment of assignments ?? []) {
      const resource = toRoleAssignment(sub, assignment, roles);
      ctx.sink.resource(resource);
      // Without the definitions, each assignment's role name is unknown (but its role id is not).
      if (!('items' in definitions))
        recordError(
          ctx,
          {
            collector: ID,
            region: 'global',
            resourceTypes: ['azure.authorization.role-assignment'],
            resourceId: resource.id,
            properties: ['roleName', 'roleType'],
          },
          DEFINITIONS_READ,
          definitions.error,
        );
    }
    unitDone(ctx, ID);
  },
};
