import { defineRule } from '../../../src/engine/rule.js';

/** Subnets that Azure forbids or does not support an NSG on. */
const EXEMPT = new Set(['gatewaysubnet', 'azurefirewallsubnet', 'azurefirewallmanagementsubnet', 'routeserversubnet']);

export default defineRule({
  id: 'azure-network-virtual-network-subnets-nsg-associated',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.virtual-network',
  severity: 'medium',
  title: 'Subnets are associated with network security groups',
  description:
    'Checks that every subnet of the virtual network has a network security group, except the subnets where Azure does not support one (GatewaySubnet, AzureFirewallSubnet, AzureFirewallManagementSubnet, RouteServerSubnet). One finding per subnet without an NSG.',
  rationale:
    'A subnet without an NSG has no layer-4 filtering at all: every workload in it accepts any traffic that routing delivers, from the virtual network, peered networks and, through public IPs, the Internet.',
  remediation: {
    summary: 'Associate a network security group with the subnet (its rules deny inbound traffic from outside the virtual network by default).',
    cli: 'az network vnet subnet update --resource-group <resource-group> --vnet-name <vnet> --name <subnet> --network-security-group <nsg>',
    console: ['Open the virtual network and choose Settings > Subnets, then the subnet.', 'Select a network security group and save.'],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-group-how-it-works',
  ],
  reads: ['subnets'],
  messages: {
    associated: 'Every subnet of virtual network {{name}} that supports one has a network security group.',
    notAssociated: 'Subnet {{subnet}} of virtual network {{name}} has no network security group.',
    noSubnets: 'Virtual network {{name}} has no subnet that supports a network security group.',
  },
  evaluate(vnet) {
    const subnets = vnet.properties.subnets.filter((s) => !EXEMPT.has(s.name.toLowerCase()));
    const missing = subnets.filter((s) => s.networkSecurityGroupId === null);
    if (subnets.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'noSubnets', evidence: { subnets: vnet.properties.subnets.map((s) => s.name) } };
    if (missing.length === 0)
      return { status: 'PASS', messageId: 'associated', evidence: { subnets: subnets.map((s) => ({ subnet: s.name, nsg: s.networkSecurityGroupId })) } };
    return missing.map((s) => ({
      status: 'FAIL',
      messageId: 'notAssociated',
      findingKey: s.name,
      data: { subnet: s.name },
      evidence: { subnet: s.name, addressPrefixes: s.addressPrefixes, networkSecurityGroupId: null },
    }));
  },
});
