import type { AnyResource, Resource, ResourceType } from '../resources/index.js';
import type { CollectionError, InventoryData, InventoryScope } from './types.js';

export interface ListFilter {
  readonly account?: string;
  readonly region?: string;
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A read-only, indexed view over inventory data. Lookups by type, by type+account and by id are
 * O(1), so cross-resource rules never scan the whole inventory.
 */
export class Inventory {
  readonly data: InventoryData;
  readonly #byType = new Map<ResourceType, AnyResource[]>();
  readonly #byTypeAccount = new Map<string, AnyResource[]>();
  readonly #byTypeAccountRegion = new Map<string, AnyResource[]>();
  readonly #byId = new Map<string, AnyResource>();

  constructor(data: InventoryData) {
    this.data = data;
    // Type, then id order: evaluation (and every list) is deterministic whatever the file's order.
    const ordered = [...data.resources].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const resource of ordered) {
      push(this.#byType, resource.type, resource);
      push(this.#byTypeAccount, `${resource.type}\u0000${resource.account}`, resource);
      push(this.#byTypeAccountRegion, `${resource.type}\u0000${resource.account}\u0000${resource.region}`, resource);
      this.#byId.set(resource.id, resource);
    }
  }

  get collectedAt(): Date {
    return new Date(this.data.collectedAt);
  }

  get scopes(): readonly InventoryScope[] {
    return this.data.scopes;
  }

  get errors(): readonly CollectionError[] {
    return this.data.errors;
  }

  get size(): number {
    return this.data.resources.length;
  }

  /** Resources of one type, optionally narrowed to an account and region. */
  list<T extends ResourceType>(type: T, filter: ListFilter = {}): readonly Resource<T>[] {
    let found: AnyResource[] | undefined;
    if (filter.account !== undefined && filter.region !== undefined) {
      found = this.#byTypeAccountRegion.get(`${type}\u0000${filter.account}\u0000${filter.region}`);
    } else if (filter.account !== undefined) {
      found = this.#byTypeAccount.get(`${type}\u0000${filter.account}`);
    } else {
      found = this.#byType.get(type);
      if (found && filter.region !== undefined) found = found.filter((r) => r.region === filter.region);
    }
    return (found ?? EMPTY) as readonly Resource<T>[];
  }

  get(id: string): AnyResource | undefined {
    return this.#byId.get(id);
  }

  /** Every resource type present in the inventory. */
  types(): readonly ResourceType[] {
    return [...this.#byType.keys()];
  }
}

function push<K>(map: Map<K, AnyResource[]>, key: K, resource: AnyResource): void {
  const list = map.get(key);
  if (list) list.push(resource);
  else map.set(key, [resource]);
}
