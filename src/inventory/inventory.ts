import type { AnyResource, Resource, ResourceType } from '../resources/index.js';
import type { CollectionError, InventoryData, InventoryScope } from './types.js';
import { compareStrings } from '../core/order.js';

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
  /** Resources by type, each list in id order. */
  readonly #byType: ReadonlyMap<ResourceType, AnyResource[]>;
  /** Built on first use: most rules never narrow by account or region, or look up by id. */
  #byTypeAccount: Map<string, AnyResource[]> | undefined;
  #byTypeAccountRegion: Map<string, AnyResource[]> | undefined;
  #byId: Map<string, AnyResource> | undefined;

  constructor(data: InventoryData) {
    this.data = data;
    // Type, then id order: evaluation (and every list) is deterministic whatever the file's order.
    const grouped = new Map<ResourceType, AnyResource[]>();
    for (const resource of data.resources) push(grouped, resource.type, resource);
    this.#byType = new Map([...grouped].sort(([a], [b]) => compareStrings(a, b)).map(([type, list]) => [type, byId(list)]));
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
      this.#byTypeAccountRegion ??= this.#index((r) => `${r.type}\u0000${r.account}\u0000${r.region}`);
      found = this.#byTypeAccountRegion.get(`${type}\u0000${filter.account}\u0000${filter.region}`);
    } else if (filter.account !== undefined) {
      this.#byTypeAccount ??= this.#index((r) => `${r.type}\u0000${r.account}`);
      found = this.#byTypeAccount.get(`${type}\u0000${filter.account}`);
    } else {
      found = this.#byType.get(type);
      if (found && filter.region !== undefined) found = found.filter((r) => r.region === filter.region);
    }
    return (found ?? EMPTY) as readonly Resource<T>[];
  }

  get(id: string): AnyResource | undefined {
    if (!this.#byId) {
      this.#byId = new Map();
      for (const list of this.#byType.values()) for (const resource of list) this.#byId.set(resource.id, resource);
    }
    return this.#byId.get(id);
  }

  /** Every resource type present in the inventory. */
  types(): readonly ResourceType[] {
    return [...this.#byType.keys()];
  }

  /** Lists by `key`, each in the type-then-id order of the whole inventory. */
  #index(key: (resource: AnyResource) => string): Map<string, AnyResource[]> {
    const index = new Map<string, AnyResource[]>();
    for (const list of this.#byType.values()) for (const resource of list) push(index, key(resource), resource);
    return index;
  }
}

/**
 * A list in id order. Unique ids (the rule) sort natively, without a comparator call per
 * comparison: twice as fast at 100k resources.
 */
function byId(list: AnyResource[]): AnyResource[] {
  const index = new Map(list.map((r) => [r.id, r]));
  if (index.size !== list.length) return list.sort((a, b) => compareStrings(a.id, b.id));
  return [...index.keys()].sort().map((id) => index.get(id) as AnyResource);
}

function push<K>(map: Map<K, AnyResource[]>, key: K, resource: AnyResource): void {
  const list = map.get(key);
  if (list) list.push(resource);
  else map.set(key, [resource]);
}
