/** Combines inventories collected separately (one per provider) into the one a scan evaluates. */
import { INVENTORY_FORMAT_VERSION, type InventoryData } from './types.js';

/**
 * Scopes, resources and errors are concatenated (ids never collide across providers: ARNs versus
 * ARM ids); collectedAt is the earliest, so "now" for every rule is when collection began.
 */
export function mergeInventories(parts: readonly InventoryData[]): InventoryData {
  const first = parts[0];
  if (first === undefined) throw new Error('mergeInventories needs at least one inventory');
  if (parts.length === 1) return first;
  const collectedAt = parts.map((p) => p.collectedAt).sort()[0] ?? first.collectedAt;
  return {
    formatVersion: INVENTORY_FORMAT_VERSION,
    tool: first.tool,
    collectedAt,
    scopes: parts.flatMap((p) => p.scopes),
    resources: parts.flatMap((p) => p.resources),
    errors: parts.flatMap((p) => p.errors),
  };
}
