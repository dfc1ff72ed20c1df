/**
 * Network Watcher flow logs sent to Log Analytics (CIS Azure 6.1.1.5, 6.1.1.6): a flow log counts
 * when it is enabled and its Traffic Analytics configuration is enabled with a Log Analytics
 * workspace, because that is how flow logs reach a workspace (the log files themselves only go to
 * a storage account).
 */
import type { Resource } from '../../resources/index.js';
import type { RuleContext } from '../rule.js';

export const FLOW_LOG_REQUIRES = { 'azure.network.flow-log': 'account' } as const;

/** The enabled flow logs of `targetId` (case-insensitive), split by whether they reach Log Analytics. */
export function flowLogsOf(
  ctx: RuleContext,
  account: string,
  targetId: string,
): { toWorkspace: Resource<'azure.network.flow-log'>[]; other: Resource<'azure.network.flow-log'>[] } {
  const target = targetId.toLowerCase();
  const logs = ctx.inventory.list('azure.network.flow-log', { account }).filter((l) => l.properties.targetResourceId.toLowerCase() === target);
  const toWorkspace = logs.filter(
    (l) => l.properties.enabled && l.properties.trafficAnalytics?.enabled === true && l.properties.trafficAnalytics.workspaceResourceId !== null,
  );
  return { toWorkspace, other: logs.filter((l) => !toWorkspace.includes(l)) };
}

/** The virtual network id of a subnet id (`.../virtualNetworks/<vnet>/subnets/<subnet>`). */
export function vnetOfSubnet(subnetId: string): string {
  return subnetId.replace(/\/subnets\/[^/]+$/i, '');
}

/** Evidence for flow logs. */
export function flowLogEvidence(logs: readonly Resource<'azure.network.flow-log'>[]): unknown[] {
  return logs.map((l) => ({
    name: l.name,
    enabled: l.properties.enabled,
    trafficAnalytics: l.properties.trafficAnalytics?.enabled ?? false,
    workspace: l.properties.trafficAnalytics?.workspaceResourceId ?? null,
  }));
}
