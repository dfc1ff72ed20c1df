/** Azure Databricks workspaces (@azure/arm-databricks), hydrated with their diagnostic settings. CIS section 2.1. */
import type { Workspace } from '@azure/arm-databricks';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { DiagnosticSetting } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, list, normaliseLocation, nul, toPrivateEndpointConnection } from '../arm.js';
import { listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';
import { DIAGNOSTIC_SETTINGS_READ, diagnosticSettingsOf } from './diagnostics.js';

const ID = 'databricks';
const READ = 'Microsoft.Databricks/workspaces/read';

export function toWorkspace(
  subscriptionId: string,
  raw: Workspace,
  diagnosticSettings: readonly DiagnosticSetting[] | null,
): Resource<'azure.databricks.workspace'> {
  const p = raw.parameters;
  return makeResource('azure.databricks.workspace', armPlacement(subscriptionId, raw), {
    skuName: nul(raw.sku?.name),
    managedResourceGroupId: nul(raw.managedResourceGroupId),
    workspaceUrl: nul(raw.workspaceUrl),
    customVirtualNetworkId: nul(p?.customVirtualNetworkId?.value),
    customPublicSubnetName: nul(p?.customPublicSubnetName?.value),
    customPrivateSubnetName: nul(p?.customPrivateSubnetName?.value),
    enableNoPublicIp: nul(p?.enableNoPublicIp?.value),
    requireInfrastructureEncryption: nul(p?.requireInfrastructureEncryption?.value),
    publicNetworkAccess: nul(raw.publicNetworkAccess),
    requiredNsgRules: nul(raw.requiredNsgRules),
    privateEndpointConnections: list(raw.privateEndpointConnections).map(toPrivateEndpointConnection),
    cmk: {
      managedServices: nul(raw.encryption?.entities.managedServices?.keySource),
      managedDisk: nul(raw.encryption?.entities.managedDisk?.keySource),
      dbfsRoot: nul(p?.encryption?.value?.keySource),
    },
    diagnosticSettings: diagnosticSettings === null ? null : [...diagnosticSettings],
  });
}

export const databricksCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.databricks.workspace'],
  permissions: [READ, DIAGNOSTIC_SETTINGS_READ],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const workspaces = await listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.databricks.workspace'] }, READ, async () =>
      (await ctx.clients.databricks(sub)).workspaces.listBySubscription(),
    );
    await Promise.all(
      (workspaces ?? []).map(async (w) => {
        const id = w.id ?? '';
        const settings = await diagnosticSettingsOf(
          ctx,
          {
            collector: ID,
            region: normaliseLocation(w.location),
            resourceTypes: ['azure.databricks.workspace'],
            resourceId: id,
            properties: ['diagnosticSettings'],
          },
          id,
        );
        ctx.sink.resource(toWorkspace(sub, w, settings));
      }),
    );
    unitDone(ctx, ID);
  },
};
