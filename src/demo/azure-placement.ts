/** Where the demo subscription's resources live: one production subscription in two locations, one tenant. */
import { armId, type AzurePlacement } from '../inventory/builders/azure.js';

export const DEMO_AZURE_SUBSCRIPTION = '5b3e0c2a-7d41-4f6e-9a8b-2c1d0e9f8a76';
export const DEMO_AZURE_TENANT = 'c7a1d2e3-4b5c-4d6e-8f90-a1b2c3d4e5f6';
export const DEMO_LOCATIONS = ['westeurope', 'northeurope'] as const;

/** Resource group + location of a resource; the tags every production resource carries. */
export function at(resourceGroup: string, region: string = 'westeurope', extra: Record<string, string> = {}): AzurePlacement {
  return { account: DEMO_AZURE_SUBSCRIPTION, region, resourceGroup, tags: { env: 'prod', owner: 'platform', ...extra } };
}

/** Subscription-level resources (region 'global' is set by the builders). */
export const SUB: AzurePlacement = { account: DEMO_AZURE_SUBSCRIPTION };
/** Tenant-level (Entra) resources. */
export const TENANT: AzurePlacement = { account: DEMO_AZURE_TENANT };

export const id = (resourceGroup: string, type: string, name: string): string => armId(DEMO_AZURE_SUBSCRIPTION, resourceGroup, type, name);
export const WORKSPACE = id('rg-monitoring', 'Microsoft.OperationalInsights/workspaces', 'law-contoso-prod');
