import type { Resource, ResourceType, ResourceTypes } from '../../resources/index.js';
import { providerOf } from '../../resources/index.js';

export interface Placement {
  readonly account?: string;
  readonly region?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

export const DEFAULT_ACCOUNT = '123456789012';
export const DEFAULT_REGION = 'us-east-1';

/** A placement with the defaults filled in. */
export function placed(p: Placement): { readonly account: string; readonly region: string; readonly tags: Readonly<Record<string, string>> } {
  return { account: p.account ?? DEFAULT_ACCOUNT, region: p.region ?? DEFAULT_REGION, tags: p.tags ?? {} };
}

/** Builds the resource envelope around typed properties. */
export function makeResource<T extends ResourceType>(
  type: T,
  identity: { readonly id: string; readonly name: string; readonly account: string; readonly region: string; readonly tags?: Readonly<Record<string, string>> },
  properties: ResourceTypes[T],
): Resource<T> {
  return {
    type,
    id: identity.id,
    name: identity.name,
    provider: providerOf(type),
    account: identity.account,
    region: identity.region,
    tags: identity.tags ?? {},
    properties,
  };
}
