/**
 * Network Watcher flow logs sent to Log Analytics (CIS Azure 6.1.1.5, 6.1.1.6): a flow log counts
 * when it is enabled and its Traffic Analytics configuration is enabled with a Log Analytics
 * workspace, because that is how flow logs reach a workspace (the log files themselves only go to
 * a storage account).
 */
import type { Resource } from '../../resources/index.js';
import type { Outcome, RuleContext } from '../rule.js';

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

export type RetentionMessageId = 'retained' | 'short' | 'disabled' | 'otherTarget';

export const RETENTION_MESSAGES: Readonly<Record<RetentionMessageId, string>> = {
  retained: 'Flow log {{name}} keeps records {{retention}}.',
  short: 'Flow log {{name}} keeps records for {{days}} days only (less than {{minimum}}).',
  disabled: 'Flow log {{name}} is disabled.',
  otherTarget: 'Flow log {{name}} targets a {{kind}}, which another control covers.',
};

/**
 * Retention of a flow log whose target is one of `kinds` (CIS 7.5, 7.8): enabled, and records kept
 * at least `minimumDays`, or indefinitely (retention disabled or 0 days).
 */
export function evaluateRetention(log: Resource<'azure.network.flow-log'>, kinds: readonly string[], minimumDays: number): Outcome<RetentionMessageId> {
  const { targetKind, targetResourceId, enabled, retentionEnabled, retentionDays } = log.properties;
  const evidence = { targetKind, targetResourceId, enabled, retentionEnabled, retentionDays };
  if (!kinds.includes(targetKind)) return { status: 'NOT_APPLICABLE', messageId: 'otherTarget', data: { kind: targetKind }, evidence };
  if (!enabled) return { status: 'FAIL', messageId: 'disabled', evidence };
  if (!retentionEnabled || retentionDays === null || retentionDays === 0)
    return { status: 'PASS', messageId: 'retained', data: { retention: 'indefinitely' }, evidence };
  if (retentionDays < minimumDays) return { status: 'FAIL', messageId: 'short', data: { days: retentionDays, minimum: minimumDays }, evidence };
  return { status: 'PASS', messageId: 'retained', data: { retention: `for ${retentionDays} days` }, evidence };
}
