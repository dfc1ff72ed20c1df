import { FLOW_LOG_REQUIRES, flowLogEvidence, flowLogsOf } from '../../../src/engine/helpers/azure-flow-logs.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-virtual-network-flow-logs-sent-to-log-analytics',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.virtual-network',
  severity: 'low',
  title: 'Virtual network flow logs are captured and sent to Log Analytics',
  description:
    'Checks that an enabled flow log with Traffic Analytics to a Log Analytics workspace targets the virtual network itself (flow logs on single subnets or network interfaces cover only part of it).',
  rationale:
    'Virtual network flow logs record every flow in the network, whatever NSG applies; in a Log Analytics workspace they can be queried and alerted on during an investigation.',
  remediation: {
    summary: 'Create a flow log for the virtual network with Traffic Analytics to your Log Analytics workspace.',
    cli: 'az network watcher flow-log create --location <location> --name <flow-log> --vnet <vnet-id> --storage-account <storage-id> --traffic-analytics true --workspace <workspace-id>',
    console: [
      'Open Network Watcher and choose Logs > Flow logs, then "+ Create".',
      'Choose the virtual network as target, a storage account, enable Traffic Analytics with your workspace, and create.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/traffic-analytics',
  ],
  requires: FLOW_LOG_REQUIRES,
  messages: {
    sent: 'Virtual network {{name}} flow logs reach Log Analytics through {{flowLogs}}.',
    notSent: 'Virtual network {{name}} has no flow log sent to Log Analytics.',
  },
  evaluate(vnet, ctx) {
    const { toWorkspace, other } = flowLogsOf(ctx, vnet.account, vnet.id);
    const evidence = { flowLogs: flowLogEvidence([...toWorkspace, ...other]) };
    if (toWorkspace.length > 0) return { status: 'PASS', messageId: 'sent', data: { flowLogs: toWorkspace.map((l) => l.name).join(', ') }, evidence };
    return { status: 'FAIL', messageId: 'notSent', evidence };
  },
});
