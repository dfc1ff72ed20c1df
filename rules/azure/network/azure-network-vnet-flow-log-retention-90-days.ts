import { defineRule } from '../../../src/engine/rule.js';

const MIN_DAYS = 90;
const KINDS = new Set(['virtualNetwork', 'subnet', 'networkInterface']);

export default defineRule({
  id: 'azure-network-vnet-flow-log-retention-90-days',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.flow-log',
  severity: 'medium',
  title: 'Virtual network flow logs are retained for 90 days or more',
  description:
    'Checks that the virtual network flow log is enabled and keeps its records for at least 90 days: retentionPolicy.days >= 90, or retention disabled or set to 0 days, which keeps them indefinitely. Flow logs of network security groups are covered by a separate control.',
  rationale:
    'Flow logs are the only record of which addresses talked to which workloads; an investigation often starts weeks after the fact, and logs deleted after a few days cannot answer it.',
  remediation: {
    summary: 'Enable the flow log and set its retention to 90 days or more (or 0 to keep logs indefinitely, managed by a storage lifecycle policy).',
    cli: 'az network watcher flow-log update --location <location> --name <flow-log> --enabled true --retention 90',
    console: [
      'Open Network Watcher and choose Logs > Flow logs.',
      'Select the flow log, set "Retention days" to 90 or more, make sure it is enabled, and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview',
  ],
  reads: ['targetKind', 'enabled', 'retentionEnabled', 'retentionDays'],
  messages: {
    retained: 'Flow log {{name}} keeps records {{retention}}.',
    short: 'Flow log {{name}} keeps records for {{days}} days only (less than 90).',
    disabled: 'Flow log {{name}} is disabled.',
    otherTarget: 'Flow log {{name}} targets a {{kind}}, which another control covers.',
  },
  evaluate(log) {
    const { targetKind, targetResourceId, enabled, retentionEnabled, retentionDays } = log.properties;
    const evidence = { targetKind, targetResourceId, enabled, retentionEnabled, retentionDays };
    if (!KINDS.has(targetKind)) return { status: 'NOT_APPLICABLE', messageId: 'otherTarget', data: { kind: targetKind }, evidence };
    if (!enabled) return { status: 'FAIL', messageId: 'disabled', evidence };
    if (!retentionEnabled || retentionDays === null || retentionDays === 0)
      return { status: 'PASS', messageId: 'retained', data: { retention: 'indefinitely' }, evidence };
    if (retentionDays < MIN_DAYS) return { status: 'FAIL', messageId: 'short', data: { days: retentionDays }, evidence };
    return { status: 'PASS', messageId: 'retained', data: { retention: `for ${retentionDays} days` }, evidence };
  },
});
