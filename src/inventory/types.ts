import type { Provider } from '../core/types.js';
import type { AnyResource, ResourceType } from '../resources/index.js';

/** Bump when the file format changes incompatibly; loaders refuse versions they do not know. */
export const INVENTORY_FORMAT_VERSION = 1;

/** One account or subscription the inventory covers. */
export interface InventoryScope {
  readonly provider: Provider;
  /** AWS account id or Azure subscription id. */
  readonly account: string;
  /** Account alias or subscription display name, if known. */
  readonly displayName: string | null;
  /** The identity that collected it (ARN or object id); never a secret. */
  readonly principal: string | null;
  /** Regions or locations covered, sorted. */
  readonly regions: readonly string[];
}

/**
 * A failed API call, kept as data. The rules that need the affected resource types, in this account
 * and region (or for this one resource), report ERROR instead of PASS.
 */
export interface CollectionError {
  readonly provider: Provider;
  /** Collector id, e.g. 's3'. */
  readonly collector: string;
  readonly account: string;
  /** Region or location, or 'global'. */
  readonly region: string;
  /** The API action as an IAM-style permission, e.g. 's3:GetBucketPolicy'. */
  readonly action: string;
  /** Normalised error code: 'AccessDenied', 'Throttling', 'Timeout', 'RegionDisabled', or the service's own code. */
  readonly code: string;
  readonly message: string;
  /** The resource types left incomplete by this failure. */
  readonly resourceTypes: readonly ResourceType[];
  /** Set when only one resource's hydration failed. */
  readonly resourceId: string | null;
  /** Set when only some properties of that resource are unknown; null means all of them. */
  readonly properties: readonly string[] | null;
}

/** The serialisable inventory: what `cspm collect` writes and `cspm scan --input` reads. */
export interface InventoryData {
  readonly formatVersion: typeof INVENTORY_FORMAT_VERSION;
  readonly tool: { readonly name: 'cspm'; readonly version: string };
  /** ISO 8601 time of collection; rules evaluate "now" as this instant, so replays are reproducible. */
  readonly collectedAt: string;
  readonly scopes: readonly InventoryScope[];
  readonly resources: readonly AnyResource[];
  readonly errors: readonly CollectionError[];
}
