/** Every Azure collector, in a fixed order (the registry is explicit: the filesystem cannot add one). */
import type { AzureCollector } from '../context.js';
import { appInsightsCollector } from './appinsights.js';
import { appServiceCollector } from './appservice.js';
import { authorizationCollector } from './authorization.js';
import { computeCollector } from './compute.js';
import { databricksCollector } from './databricks.js';
import { defenderCollector } from './defender.js';
import { entraCollector } from './entra.js';
import { keyVaultCollector } from './keyvault.js';
import { locksCollector } from './locks.js';
import { monitorCollector } from './monitor.js';
import { networkGatewaysCollector } from './network-gateways.js';
import { networkCollector } from './network.js';
import { policyCollector } from './policy.js';
import { resourcesCollector } from './resources.js';
import { sqlCollector } from './sql.js';
import { storageCollector } from './storage.js';
import { tenantCollector } from './tenant.js';

export const azureCollectors: readonly AzureCollector[] = [
  // Tenant-level, once per tenant.
  entraCollector,
  tenantCollector,
  // Subscription-level, once per subscription.
  resourcesCollector,
  authorizationCollector,
  policyCollector,
  locksCollector,
  monitorCollector,
  appInsightsCollector,
  defenderCollector,
  storageCollector,
  computeCollector,
  networkCollector,
  networkGatewaysCollector,
  sqlCollector,
  keyVaultCollector,
  databricksCollector,
  appServiceCollector,
];
