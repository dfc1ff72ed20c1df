import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-virtual-network-ddos-protection-enabled',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.virtual-network',
  severity: 'low',
  title: 'Virtual networks have Azure DDoS Network Protection enabled',
  description: 'Checks that enableDdosProtection is true and a DDoS protection plan is associated with the virtual network.',
  rationale:
    'The basic infrastructure protection every Azure service gets is tuned for Azure itself; DDoS Network Protection adds adaptive tuning per public IP, attack telemetry and alerts, and rapid response for the workloads in the network.',
  remediation: {
    summary: 'Associate a DDoS protection plan (one plan can cover the virtual networks of several subscriptions) and enable DDoS Network Protection.',
    cli: 'az network vnet update --name <vnet> --resource-group <resource-group> --ddos-protection true --ddos-protection-plan <plan-id>',
    console: ['Open the virtual network and choose Settings > DDoS protection.', 'Choose Enable, select the DDoS protection plan and save.'],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/ddos-protection/ddos-protection-overview',
    'https://learn.microsoft.com/en-us/azure/ddos-protection/manage-ddos-protection',
  ],
  reads: ['enableDdosProtection', 'ddosProtectionPlanId'],
  messages: {
    enabled: 'Virtual network {{name}} has DDoS Network Protection.',
    disabled: 'Virtual network {{name}} has no DDoS Network Protection.',
  },
  evaluate(vnet) {
    const { enableDdosProtection, ddosProtectionPlanId } = vnet.properties;
    const evidence = { enableDdosProtection, ddosProtectionPlanId };
    return enableDdosProtection && ddosProtectionPlanId !== null
      ? { status: 'PASS', messageId: 'enabled', evidence }
      : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
