import { FLOW_LOG_REQUIRES, flowLogEvidence, flowLogsOf, vnetOfSubnet } from '../../../src/engine/helpers/azure-flow-logs.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-security-group-flow-logs-sent-to-log-analytics',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.security-group',
  severity: 'low',
  title: 'Network security group flow logs are captured and sent to Log Analytics',
  description:
    'Checks that an enabled NSG flow log with Traffic Analytics to a Log Analytics workspace targets the network security group. NSG flow logs are being retired (no new ones since 30 June 2025): a group whose subnets all belong to virtual networks with such a virtual network flow log passes too.',
  rationale:
    'Flow records in a Log Analytics workspace can be queried, correlated with other logs and alerted on; in a storage account alone they are rarely looked at until it is too late.',
  remediation: {
    summary:
      'Create a virtual network flow log (NSG flow logs can no longer be created) for the virtual network of the group’s subnets, with Traffic Analytics to your workspace.',
    cli: 'az network watcher flow-log create --location <location> --name <flow-log> --vnet <vnet-id> --storage-account <storage-id> --traffic-analytics true --workspace <workspace-id>',
    console: [
      'Open Network Watcher and choose Logs > Flow logs, then "+ Create".',
      'Choose the virtual network as target, a storage account, enable Traffic Analytics with your Log Analytics workspace, and create.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/traffic-analytics',
  ],
  requires: FLOW_LOG_REQUIRES,
  reads: ['subnetIds'],
  messages: {
    sent: 'Network security group {{name}} flow logs reach Log Analytics through {{flowLogs}}.',
    notSent: 'Network security group {{name}} has no flow log sent to Log Analytics.',
  },
  evaluate(nsg, ctx) {
    const own = flowLogsOf(ctx, nsg.account, nsg.id);
    const vnets = [...new Set(nsg.properties.subnetIds.map(vnetOfSubnet))];
    const byVnet = vnets.map((id) => ({ id, logs: flowLogsOf(ctx, nsg.account, id) }));
    const evidence = {
      flowLogs: flowLogEvidence([...own.toWorkspace, ...own.other]),
      virtualNetworks: byVnet.map((v) => ({ id: v.id, flowLogs: flowLogEvidence(v.logs.toWorkspace) })),
    };
    if (own.toWorkspace.length > 0) return { status: 'PASS', messageId: 'sent', data: { flowLogs: own.toWorkspace.map((l) => l.name).join(', ') }, evidence };
    if (byVnet.length > 0 && byVnet.every((v) => v.logs.toWorkspace.length > 0)) {
      return { status: 'PASS', messageId: 'sent', data: { flowLogs: byVnet.flatMap((v) => v.logs.toWorkspace.map((l) => l.name)).join(', ') }, evidence };
    }
    return { status: 'FAIL', messageId: 'notSent', evidence };
  },
});
