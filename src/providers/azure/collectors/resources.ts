/**
 * Locations in use (`azure.location`): every distinct location of the subscription's resources
 * (Resources - List), named through Subscriptions - List Locations. CIS 7.6 compares Network
 * Watchers against these.
 */
import type { Location } from '@azure/arm-resources-subscriptions';
import type { GenericResourceExpanded } from '@azure/arm-resources';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { Resource } from '../../../resources/index.js';
import { normaliseLocation } from '../arm.js';
import { listAll, readAll, recordError, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'resources';

/** Resource counts per normalised location; resources without a location or in 'global' are not a region in use. */
export function locationsInUse(resources: readonly Pick<GenericResourceExpanded, 'location'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of resources) {
    const location = normaliseLocation(r.location);
    if (location === 'global') continue;
    counts.set(location, (counts.get(location) ?? 0) + 1);
  }
  return counts;
}

export function toLocation(subscriptionId: string, name: string, count: number, known: ReadonlyMap<string, Location> | null): Resource<'azure.location'> {
  return makeResource(
    'azure.location',
    { id: `/subscriptions/${subscriptionId}/locations/${name}`, name, account: subscriptionId, region: name },
    { name, displayName: known?.get(name)?.displayName ?? null, resourceCount: count },
  );
}

export const resourcesCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.location'],
  permissions: ['Microsoft.Resources/subscriptions/resources/read', 'Microsoft.Resources/subscriptions/locations/read'],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const listing = { collector: ID, region: 'global', resourceTypes: ['azure.location'] } as const;
    const [resources, locations] = await Promise.all([
      listAll(ctx, listing, 'Microsoft.Resources/subscriptions/resources/read', async () => (await ctx.clients.resources(sub)).resources.list()),
      readAll(ctx, async () => (await ctx.clients.subscriptions()).subscriptions.listLocations(sub)),
    ]);
    if (resources !== null) {
      const known = 'items' in locations ? new Map(locations.items.map((l) => [normaliseLocation(l.name), l])) : null;
      for (const [name, count] of locationsInUse(resources)) {
        const location = toLocation(sub, name, count, known);
        ctx.sink.resource(location);
        // Only the display name is unknown: a property-level error on each location, not a gap.
        if ('error' in locations)
          recordError(
            ctx,
            { ...listing, region: name, resourceId: location.id, properties: ['displayName'] },
            'Microsoft.Resources/subscriptions/locations/read',
            locations.error,
          );
      }
    }
    unitDone(ctx, ID);
  },
};
