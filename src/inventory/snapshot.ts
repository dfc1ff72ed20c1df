import { InputError } from '../core/errors.js';
import { parseJsonFile, readInputFile, writeFileAtomic } from '../core/fs.js';
import { describeSchemaError, schemaValidator } from '../core/json-schema.js';
import { providerOf } from '../resources/index.js';
import { INVENTORY_FORMAT_VERSION, type InventoryData } from './types.js';

export const INVENTORY_SCHEMA_FILE = `inventory-v${INVENTORY_FORMAT_VERSION}.schema.json`;

/** Loads and validates an inventory file written by `cspm collect` (or by hand, or by a test). */
export function loadInventoryFile(path: string): InventoryData {
  const data = parseJsonFile(readInputFile(path, 'inventory file'), path, 'inventory file');
  return validateInventory(data, path);
}

/**
 * Validates inventory data against docs/schemas/inventory-v1.schema.json, then the invariants a
 * schema cannot say (unique ids, provider matching the type).
 */
export function validateInventory(data: unknown, label: string): InventoryData {
  if (typeof data === 'object' && data !== null && 'formatVersion' in data && data.formatVersion !== INVENTORY_FORMAT_VERSION) {
    throw new InputError(
      `inventory ${label}: format version ${JSON.stringify(data.formatVersion)} is not supported (this cspm reads version ${INVENTORY_FORMAT_VERSION})`,
    );
  }
  const validate = schemaValidator<InventoryData>(INVENTORY_SCHEMA_FILE);
  if (!validate(data)) throw new InputError(`inventory ${label}: ${describeSchemaError(validate.errors)}`);
  const ids = new Set<string>();
  for (const [index, resource] of data.resources.entries()) {
    if (ids.has(resource.id)) throw new InputError(`inventory ${label}: /resources/${index} repeats the id ${JSON.stringify(resource.id)}`);
    ids.add(resource.id);
    if (resource.provider !== providerOf(resource.type))
      throw new InputError(`inventory ${label}: /resources/${index} has provider '${resource.provider}' but type '${resource.type}'`);
  }
  if (Number.isNaN(Date.parse(data.collectedAt))) throw new InputError(`inventory ${label}: collectedAt is not a date`);
  return data;
}

export function saveInventoryFile(path: string, data: InventoryData): void {
  writeFileAtomic(path, `${JSON.stringify(data, null, 1)}\n`);
}
