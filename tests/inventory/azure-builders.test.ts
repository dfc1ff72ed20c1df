import { describe, expect, it } from '@jest/globals';
import { INVENTORY_FORMAT_VERSION, type InventoryData } from '../../src/inventory/types.js';
import { validateInventory } from '../../src/inventory/snapshot.js';
import { AZURE_RESOURCE_TYPES } from '../../src/resources/azure/index.js';
import type { AnyResource } from '../../src/resources/index.js';
import * as az from '../fixtures/azure/index.js';

/** One resource of every Azure type, built with the shipped factories' compliant defaults. */
function everyAzureType(): AnyResource[] {
  const vm = az.virtualMachine('vm-app');
  return [
    az.azureSubscription(),
    az.azureLocation('westeurope'),
    az.subscriptionTenantPolicy(),
    az.resourceLock('rg-delete-lock'),
    az.policyAssignment(),
    az.roleAssignment('11111111-0000-4000-8000-000000000001'),
    az.roleAssignment('11111111-0000-4000-8000-000000000002', { scope: '/' }),
    az.roleDefinition('custom-reader'),
    az.entraTenant(),
    az.entraSecurityDefaults(),
    az.entraAuthorizationPolicy(),
    az.entraDirectorySetting(),
    az.entraUser('alice@contoso.com'),
    az.entraDirectoryRole(),
    az.entraConditionalAccessPolicy('Require MFA for all users'),
    az.entraNamedLocation('Head office'),
    az.entraDeviceRegistrationPolicy(),
    az.entraAuthenticationMethodsPolicy(),
    az.subscriptionDiagnosticSetting(),
    az.entraDiagnosticSetting(),
    az.activityLogAlert('alert-policy-write'),
    az.logProfile(),
    az.appInsightsComponent('appi-prod'),
    az.defenderPlan('VirtualMachines'),
    az.securityContact(),
    az.autoProvisioningSetting(),
    az.securitySetting(),
    az.securityAssessment('4ab6e3c5-74dd-8b35-9ab9-f61b30875b27', 'System updates should be installed on your machines', vm.id),
    az.storageAccount('stprod'),
    vm,
    az.managedDisk('vm-app-osdisk'),
    az.networkSecurityGroup('nsg-app'),
    az.flowLog('fl-vnet-prod', az.virtualNetwork('vnet-prod').id),
    az.networkWatcher(),
    az.virtualNetwork('vnet-prod'),
    az.publicIpAddress('pip-agw'),
    az.bastionHost('bas-hub'),
    az.applicationGateway('agw-prod'),
    az.wafPolicy('waf-prod'),
    az.virtualNetworkGateway('vgw-prod'),
    az.sqlServer('sql-prod'),
    az.sqlDatabase('sql-prod', 'orders'),
    az.keyVault('kv-prod'),
    az.databricksWorkspace('dbw-prod'),
    az.webApp('app-prod'),
  ];
}

function inventoryOf(resources: readonly AnyResource[]): InventoryData {
  return {
    formatVersion: INVENTORY_FORMAT_VERSION,
    tool: { name: 'cspm', version: '0.0.0-test' },
    collectedAt: '2026-11-01T09:00:00.000Z',
    scopes: [{ provider: 'azure', account: az.DEFAULT_SUBSCRIPTION, displayName: 'Production', principal: null, regions: ['westeurope'] }],
    resources,
    errors: [],
  };
}

describe('Azure builders', () => {
  it('cover every Azure resource type', () => {
    const built = new Set(everyAzureType().map((r) => r.type));
    expect(Object.keys(AZURE_RESOURCE_TYPES).filter((t) => !built.has(t as never))).toEqual([]);
  });

  it('build resources that the published inventory schema accepts, with unique ARM-style ids', () => {
    const data = JSON.parse(JSON.stringify(inventoryOf(everyAzureType()))) as unknown;
    const valid = validateInventory(data, 'azure builders');
    expect(valid.resources.every((r) => r.provider === 'azure' && r.id.startsWith('/'))).toBe(true);
  });

  it('place subscription resources in the subscription and Entra resources in the tenant', () => {
    expect(az.storageAccount('st').account).toBe(az.DEFAULT_SUBSCRIPTION);
    expect(az.storageAccount('st').id).toBe(`/subscriptions/${az.DEFAULT_SUBSCRIPTION}/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/st`);
    expect(az.entraUser('bob@contoso.com').account).toBe(az.DEFAULT_TENANT);
    expect(az.entraUser('bob@contoso.com').id).toBe(`/tenants/${az.DEFAULT_TENANT}/users/user-bob`);
    expect(az.networkWatcher({}, { region: 'eastus' }).region).toBe('eastus');
  });

  it('rejects a property the model does not declare', () => {
    const bad = az.storageAccount('st');
    const extra = { ...bad, properties: { ...bad.properties, httpsOnly: true } } as unknown as AnyResource;
    const data = JSON.parse(JSON.stringify(inventoryOf([extra]))) as unknown;
    expect(() => validateInventory(data, 'bad')).toThrow(/resources\/0/);
  });
});
