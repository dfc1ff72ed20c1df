/** Management locks (`azure.resources.lock`) on the subscription, its resource groups and resources (@azure/arm-locks). */
import type { ManagementLockObject } from '@azure/arm-locks';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { Resource } from '../../../resources/index.js';
import { list } from '../arm.js';
import { listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'locks';

/** The locked scope is everything before `/providers/Microsoft.Authorization/locks/`. */
export function lockScopeOf(lockId: string): string {
  const at = lockId.toLowerCase().lastIndexOf('/providers/microsoft.authorization/locks/');
  return at > 0 ? lockId.slice(0, at) : lockId;
}

export function toLock(subscriptionId: string, raw: ManagementLockObject): Resource<'azure.resources.lock'> {
  const id = raw.id ?? '';
  return makeResource(
    'azure.resources.lock',
    { id, name: raw.name ?? id, account: subscriptionId, region: 'global' },
    {
      level: raw.level,
      notes: raw.notes ?? null,
      scopeId: lockScopeOf(id),
      ownerApplicationIds: list(raw.owners).flatMap((o) => (o.applicationId === undefined ? [] : [o.applicationId])),
    },
  );
}

export const locksCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.resources.lock'],
  permissions: ['Microsoft.Authorization/locks/read'],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const locks = await listAll(
      ctx,
      { collector: ID, region: 'global', resourceTypes: ['azure.resources.lock'] },
      'Microsoft.Authorization/locks/read',
      async () => (await ctx.clients.locks(sub)).managementLocks.listAtSubscriptionLevel(),
    );
    for (const lock of locks ?? []) ctx.sink.resource(toLock(sub, lock));
    unitDone(ctx, ID);
  },
};
