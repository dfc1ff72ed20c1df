/**
 * Networking (@azure/arm-network): network security groups, virtual networks with subnets,
 * public IPs, Bastion hosts, and Network Watchers with their flow logs.
 */
import type {
  BastionHost as RawBastion,
  FlowLog as RawFlowLog,
  NetworkSecurityGroup as RawNsg,
  NetworkWatcher as RawWatcher,
  PublicIPAddress as RawPublicIp,
  SecurityRule,
  Subnet as RawSubnet,
  VirtualNetwork as RawVnet,
} from '@azure/arm-network';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { NsgSecurityRule, VirtualNetworkSubnet } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, idsOf, list, merged, normaliseLocation, nul, parseArmId, resourceGroupOf } from '../arm.js';
import { listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'network';
const READ = {
  nsgs: 'Microsoft.Network/networkSecurityGroups/read',
  vnets: 'Microsoft.Network/virtualNetworks/read',
  publicIps: 'Microsoft.Network/publicIPAddresses/read',
  bastions: 'Microsoft.Network/bastionHosts/read',
  watchers: 'Microsoft.Network/networkWatchers/read',
  flowLogs: 'Microsoft.Network/networkWatchers/flowLogs/read',
} as const;

export function toNsgRule(raw: SecurityRule): NsgSecurityRule {
  return {
    name: raw.name ?? '',
    protocol: raw.protocol ?? '*',
    access: raw.access ?? 'Allow',
    direction: raw.direction ?? 'Inbound',
    priority: raw.priority ?? 0,
    sourceAddressPrefixes: merged(raw.sourceAddressPrefix, raw.sourceAddressPrefixes),
    sourcePortRanges: merged(raw.sourcePortRange, raw.sourcePortRanges),
    destinationAddressPrefixes: merged(raw.destinationAddressPrefix, raw.destinationAddressPrefixes),
    destinationPortRanges: merged(raw.destinationPortRange, raw.destinationPortRanges),
    sourceApplicationSecurityGroupIds: idsOf(raw.sourceApplicationSecurityGroups),
    destinationApplicationSecurityGroupIds: idsOf(raw.destinationApplicationSecurityGroups),
    description: nul(raw.description),
  };
}

export function toNetworkSecurityGroup(subscriptionId: string, raw: RawNsg): Resource<'azure.network.security-group'> {
  return makeResource('azure.network.security-group', armPlacement(subscriptionId, raw), {
    securityRules: list(raw.securityRules).map(toNsgRule),
    defaultSecurityRules: list(raw.defaultSecurityRules).map(toNsgRule),
    subnetIds: idsOf(raw.subnets),
    networkInterfaceIds: idsOf(raw.networkInterfaces),
    flowLogIds: idsOf(raw.flowLogs),
  });
}

export function toSubnet(raw: RawSubnet): VirtualNetworkSubnet {
  return {
    id: raw.id ?? '',
    name: raw.name ?? '',
    addressPrefixes: merged(raw.addressPrefix, raw.addressPrefixes),
    networkSecurityGroupId: nul(raw.networkSecurityGroup?.id),
    routeTableId: nul(raw.routeTable?.id),
    natGatewayId: nul(raw.natGateway?.id),
    delegations: list(raw.delegations).flatMap((d) => (d.serviceName === undefined ? [] : [d.serviceName])),
    privateEndpointNetworkPolicies: nul(raw.privateEndpointNetworkPolicies),
    defaultOutboundAccess: nul(raw.defaultOutboundAccess),
  };
}

export function toVirtualNetwork(subscriptionId: string, raw: RawVnet): Resource<'azure.network.virtual-network'> {
  return makeResource('azure.network.virtual-network', armPlacement(subscriptionId, raw), {
    addressPrefixes: list(raw.addressSpace?.addressPrefixes),
    subnets: list(raw.subnets).map(toSubnet),
    enableDdosProtection: raw.enableDdosProtection === true,
    ddosProtectionPlanId: nul(raw.ddosProtectionPlan?.id),
    flowLogIds: idsOf(raw.flowLogs),
    peeredVirtualNetworkIds: list(raw.virtualNetworkPeerings).flatMap((p) => (p.remoteVirtualNetwork?.id === undefined ? [] : [p.remoteVirtualNetwork.id])),
  });
}

export function toPublicIp(subscriptionId: string, raw: RawPublicIp): Resource<'azure.network.public-ip-address'> {
  return makeResource('azure.network.public-ip-address', armPlacement(subscriptionId, raw), {
    ipAddress: nul(raw.ipAddress),
    publicIPAddressVersion: nul(raw.publicIPAddressVersion),
    publicIPAllocationMethod: nul(raw.publicIPAllocationMethod),
    skuName: nul(raw.sku?.name),
    ipConfigurationId: nul(raw.ipConfiguration?.id),
    fqdn: nul(raw.dnsSettings?.fqdn),
    ddosProtectionMode: nul(raw.ddosSettings?.protectionMode),
  });
}

export function toBastionHost(subscriptionId: string, raw: RawBastion): Resource<'azure.network.bastion-host'> {
  return makeResource('azure.network.bastion-host', armPlacement(subscriptionId, raw), {
    skuName: nul(raw.sku?.name),
    subnetIds: list(raw.ipConfigurations).flatMap((c) => (c.subnet?.id === undefined ? [] : [c.subnet.id])),
    disableCopyPaste: nul(raw.disableCopyPaste),
    enableTunneling: nul(raw.enableTunneling),
    enableShareableLink: nul(raw.enableShareableLink),
    provisioningState: nul(raw.provisioningState),
  });
}

export function toNetworkWatcher(subscriptionId: string, raw: RawWatcher): Resource<'azure.network.watcher'> {
  return makeResource('azure.network.watcher', armPlacement(subscriptionId, raw), { provisioningState: nul(raw.provisioningState) });
}

/** What a flow log targets, from the target's ARM id. */
export function flowLogTargetKind(targetResourceId: string): string {
  const id = targetResourceId.toLowerCase();
  if (id.includes('/microsoft.network/networksecuritygroups/')) return 'networkSecurityGroup';
  if (id.includes('/subnets/')) return 'subnet';
  if (id.includes('/microsoft.network/virtualnetworks/')) return 'virtualNetwork';
  if (id.includes('/microsoft.network/networkinterfaces/')) return 'networkInterface';
  return 'other';
}

export function toFlowLog(subscriptionId: string, watcherId: string, raw: RawFlowLog): Resource<'azure.network.flow-log'> {
  const analytics = raw.flowAnalyticsConfiguration?.networkWatcherFlowAnalyticsConfiguration;
  const target = raw.targetResourceId ?? '';
  return makeResource('azure.network.flow-log', armPlacement(subscriptionId, raw), {
    targetResourceId: target,
    targetKind: flowLogTargetKind(target),
    enabled: raw.enabled === true,
    storageId: nul(raw.storageId),
    retentionEnabled: raw.retentionPolicy?.enabled === true,
    retentionDays: raw.retentionPolicy?.days ?? null,
    formatVersion: raw.format?.version ?? null,
    trafficAnalytics:
      analytics === undefined
        ? null
        : {
            enabled: analytics.enabled === true,
            workspaceResourceId: nul(analytics.workspaceResourceId),
            workspaceRegion: nul(analytics.workspaceRegion),
            intervalInMinutes: nul(analytics.trafficAnalyticsInterval),
          },
    networkWatcherId: watcherId,
    provisioningState: nul(raw.provisioningState),
  });
}

export const networkCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: [
    'azure.network.security-group',
    'azure.network.virtual-network',
    'azure.network.public-ip-address',
    'azure.network.bastion-host',
    'azure.network.watcher',
    'azure.network.flow-log',
  ],
  permissions: Object.values(READ),
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const client = await ctx.clients.network(sub);
    const listing = (type: (typeof networkCollector.resourceTypes)[number]) => ({ collector: ID, region: 'global', resourceTypes: [type] }) as const;
    const [nsgs, vnets, publicIps, bastions, watchers] = await Promise.all([
      listAll(ctx, listing('azure.network.security-group'), READ.nsgs, () => client.networkSecurityGroups.listAll()),
      listAll(ctx, listing('azure.network.virtual-network'), READ.vnets, () => client.virtualNetworks.listAll()),
      listAll(ctx, listing('azure.network.public-ip-address'), READ.publicIps, () => client.publicIPAddresses.listAll()),
      listAll(ctx, listing('azure.network.bastion-host'), READ.bastions, () => client.bastionHosts.list()),
      // Without the watchers, their flow logs cannot be listed either.
      listAll(ctx, { ...listing('azure.network.watcher'), resourceTypes: ['azure.network.watcher', 'azure.network.flow-log'] }, READ.watchers, () =>
        client.networkWatchers.listAll(),
      ),
    ]);
    for (const r of nsgs ?? []) ctx.sink.resource(toNetworkSecurityGroup(sub, r));
    for (const r of vnets ?? []) ctx.sink.resource(toVirtualNetwork(sub, r));
    for (const r of publicIps ?? []) ctx.sink.resource(toPublicIp(sub, r));
    for (const r of bastions ?? []) ctx.sink.resource(toBastionHost(sub, r));
    await Promise.all(
      (watchers ?? []).map(async (watcher) => {
        const watcherId = watcher.id ?? '';
        ctx.sink.resource(toNetworkWatcher(sub, watcher));
        // A watcher's flow logs failing leaves the flow logs of its location unknown.
        const flowLogs = await listAll(
          ctx,
          { collector: ID, region: normaliseLocation(watcher.location), resourceTypes: ['azure.network.flow-log'] },
          READ.flowLogs,
          () => client.flowLogs.list(resourceGroupOf(watcherId), watcher.name ?? parseArmId(watcherId).name),
        );
        for (const f of flowLogs ?? []) ctx.sink.resource(toFlowLog(sub, watcherId, f));
      }),
    );
    unitDone(ctx, ID);
  },
};
