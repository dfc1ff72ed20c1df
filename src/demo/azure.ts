/**
 * The bundled demo Azure subscription: a small, realistic production subscription (web front end,
 * app VMs, a data lake, Databricks analytics) with compliant resources next to the
 * misconfigurations people actually ship, so `cspm scan --demo` shows Azure findings beside the AWS
 * ones and every section of CIS Azure Foundations v6.0.0 has something to show.
 */
import type { AnyResource } from '../resources/index.js';
import type { InventoryScope } from '../inventory/types.js';
import { azureSubscription } from '../inventory/builders/azure.js';
import { demoAzureData } from './azure-data.js';
import { demoAzureIdentity } from './azure-identity.js';
import { demoAzureMonitoring } from './azure-monitoring.js';
import { demoAzureNetwork } from './azure-network.js';
import { DEMO_AZURE_SUBSCRIPTION, DEMO_AZURE_TENANT, DEMO_LOCATIONS, SUB } from './azure-placement.js';

export { DEMO_AZURE_SUBSCRIPTION, DEMO_AZURE_TENANT } from './azure-placement.js';

export const demoAzureScope: InventoryScope = {
  provider: 'azure',
  account: DEMO_AZURE_SUBSCRIPTION,
  displayName: 'contoso-prod (demo)',
  principal: 'demo-auditor@contoso.com',
  regions: [...DEMO_LOCATIONS].sort(),
};

export function demoAzureResources(): AnyResource[] {
  return [
    azureSubscription({ displayName: 'contoso-prod', tenantId: DEMO_AZURE_TENANT }, SUB),
    ...demoAzureIdentity(),
    ...demoAzureMonitoring(),
    ...demoAzureNetwork(),
    ...demoAzureData(),
  ];
}
