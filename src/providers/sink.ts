/** The sink both providers collect into, and the stable order the inventory stores its findings in. */
import type { CollectionError } from '../inventory/types.js';
import type { AnyResource } from '../resources/index.js';
import type { CollectorSink } from './types.js';

/** A sink that keeps the first resource of each id and every error. */
export interface CollectingSink extends CollectorSink {
  readonly resources: ReadonlyMap<string, AnyResource>;
  readonly errors: CollectionError[];
}

export function collectingSink(): CollectingSink {
  const resources = new Map<string, AnyResource>();
  const errors: CollectionError[] = [];
  return {
    resources,
    errors,
    resource(resource: AnyResource): void {
      if (!resources.has(resource.id)) resources.set(resource.id, resource);
    },
    error(error: CollectionError): void {
      errors.push(error);
    },
  };
}

/** Resources by type, then id. Sorts in place. */
export function sortResources(resources: AnyResource[]): AnyResource[] {
  return resources.sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
}

/** Errors by account, collector, region, action, resource and properties. Sorts in place. */
export function sortErrors(errors: CollectionError[]): CollectionError[] {
  return errors.sort(
    (a, b) =>
      a.account.localeCompare(b.account) ||
      a.collector.localeCompare(b.collector) ||
      a.region.localeCompare(b.region) ||
      a.action.localeCompare(b.action) ||
      (a.resourceId ?? '').localeCompare(b.resourceId ?? '') ||
      (a.properties ?? []).join(',').localeCompare((b.properties ?? []).join(',')),
  );
}
