import { evaluateRetention, RETENTION_MESSAGES } from '../../../src/engine/helpers/azure-flow-logs.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-nsg-flow-log-retention-90-days',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.flow-log',
  severity: 'medium',
  title: 'Network security group flow logs are retained for 90 days or more',
  description:
    'Checks that the network security group flow log is enabled and keeps its records for at least 90 days: retentionPolicy.days >= 90, or retention disabled or set to 0 days, which keeps them indefinitely. Flow logs of virtual networks, subnets and network interfaces are covered by a separate control.',
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
  messages: RETENTION_MESSAGES,
  evaluate(log) {
    return evaluateRetention(log, ['networkSecurityGroup'], 90);
  },
});
