/**
 * Azure Policy assignments effective on the subscription (`azure.policy.assignment`), including
 * those inherited from management groups (@azure/arm-policy Policy Assignments - List).
 */
import type { PolicyAssignment as RawPolicyAssignment } from '@azure/arm-policy';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { Resource } from '../../../resources/index.js';
import { list, subscriptionViewId } from '../arm.js';
import { listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'policy';

export function toPolicyAssignment(subscriptionId: string, raw: RawPolicyAssignment): Resource<'azure.policy.assignment'> {
  const id = raw.id ?? '';
  const parameters: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(raw.parameters ?? {})) parameters[name] = parameter.value ?? null;
  return makeResource(
    'azure.policy.assignment',
    { id: subscriptionViewId(subscriptionId, id), name: raw.displayName ?? raw.name ?? id, account: subscriptionId, region: 'global' },
    {
      name: raw.name ?? id,
      displayName: raw.displayName ?? null,
      policyDefinitionId: raw.policyDefinitionId ?? '',
      scope: raw.scope ?? '',
      notScopes: list(raw.notScopes),
      enforcementMode: raw.enforcementMode ?? 'Default',
      parameters,
    },
  );
}

export const policyCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.policy.assignment'],
  permissions: ['Microsoft.Authorization/policyAssignments/read'],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const assignments = await listAll(
      ctx,
      { collector: ID, region: 'global', resourceTypes: ['azure.policy.assignment'] },
      'Microsoft.Authorization/policyAssignments/read',
      async () => (await ctx.clients.policy(sub)).policyAssignments.list(),
    );
    for (const assignment of assignments ?? []) ctx.sink.resource(toPolicyAssignment(sub, assignment));
    unitDone(ctx, ID);
  },
};
