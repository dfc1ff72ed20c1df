import { toolVersion } from '../core/version.js';
import { INVENTORY_FORMAT_VERSION, type InventoryData } from '../inventory/types.js';
import { demoAwsResources, demoAwsScope } from './aws.js';
import { demoAzureResources, demoAzureScope } from './azure.js';

/** When the demo inventory was "collected": fixed, so demo reports are reproducible. */
export const DEMO_COLLECTED_AT = '2026-11-01T09:00:00.000Z';

/** The bundled demo inventory (`cspm scan --demo`). */
export function demoInventory(): InventoryData {
  return {
    formatVersion: INVENTORY_FORMAT_VERSION,
    tool: { name: 'cspm', version: toolVersion() },
    collectedAt: DEMO_COLLECTED_AT,
    scopes: [demoAwsScope, demoAzureScope],
    resources: [...demoAwsResources(), ...demoAzureResources()],
    errors: [],
  };
}
