import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-subscription-bastion-host-exists',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: 'An Azure Bastion host exists for remote access to virtual machines',
  description:
    'Checks that the subscription has at least one Azure Bastion host that provisioned successfully. Not applicable to subscriptions without virtual machines.',
  rationale:
    'Bastion gives RDP and SSH to virtual machines over TLS from the portal or CLI, with Entra ID sign-in, so no VM needs a public IP or an open management port.',
  remediation: {
    summary: 'Deploy Azure Bastion (Standard or Premium SKU) in an AzureBastionSubnet of the hub virtual network and remove public management access from VMs.',
    cli: 'az network bastion create --name <bastion> --resource-group <resource-group> --vnet-name <vnet> --public-ip-address <public-ip> --location <location> --sku Standard',
    console: [
      'Search for Bastions and choose "+ Create".',
      'Select the virtual network (with an AzureBastionSubnet of /26 or larger), a public IP and the tier, and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/bastion/bastion-overview'],
  requires: { 'azure.network.bastion-host': 'account', 'azure.compute.virtual-machine': 'account' },
  messages: {
    exists: 'Subscription {{name}} has Azure Bastion host {{hosts}}.',
    missing: 'Subscription {{name}} has {{vms}} virtual machines and no Azure Bastion host.',
    noVms: 'Subscription {{name}} has no virtual machines to reach.',
  },
  evaluate(subscription, ctx) {
    const vms = ctx.inventory.list('azure.compute.virtual-machine', { account: subscription.account });
    const hosts = ctx.inventory.list('azure.network.bastion-host', { account: subscription.account });
    const ready = hosts.filter((h) => (h.properties.provisioningState ?? 'Succeeded').toLowerCase() === 'succeeded');
    const evidence = {
      virtualMachines: vms.length,
      bastionHosts: hosts.map((h) => ({ name: h.name, sku: h.properties.skuName, provisioningState: h.properties.provisioningState })),
    };
    if (vms.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'noVms', evidence };
    if (ready.length === 0) return { status: 'FAIL', messageId: 'missing', data: { vms: vms.length }, evidence };
    return { status: 'PASS', messageId: 'exists', data: { hosts: ready.map((h) => h.name).join(', ') }, evidence };
  },
});
