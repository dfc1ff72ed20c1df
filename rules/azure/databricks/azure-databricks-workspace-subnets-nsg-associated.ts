import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-databricks-workspace-subnets-nsg-associated',
  provider: 'azure',
  service: 'databricks',
  resourceType: 'azure.databricks.workspace',
  severity: 'medium',
  title: 'Network security groups are configured for Azure Databricks subnets',
  description:
    'Checks that the host (public) and container (private) subnets of a VNet-injected workspace each have a network security group, looking them up in the workspace’s virtual network. Not applicable to workspaces in a Databricks-managed network.',
  rationale:
    'The NSGs on the Databricks subnets are where cluster traffic is filtered and logged; without them, clusters accept whatever reaches the subnets and nothing records their flows.',
  remediation: {
    summary: 'Associate a network security group with both Databricks subnets (Azure Databricks adds the rules it needs to it).',
    cli: 'az network vnet subnet update --resource-group <resource-group> --vnet-name <vnet> --name <subnet> --network-security-group <nsg>',
    console: ['Open the workspace’s virtual network > Subnets, then each Databricks subnet.', 'Select a network security group and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/vnet-inject#network-security-group-rules'],
  requires: { 'azure.network.virtual-network': 'account' },
  reads: ['customVirtualNetworkId', 'customPublicSubnetName', 'customPrivateSubnetName'],
  messages: {
    associated: 'Both subnets of Databricks workspace {{name}} have a network security group.',
    notAssociated: 'Databricks workspace {{name}} has subnets without a network security group: {{subnets}}.',
    notInjected: 'Databricks workspace {{name}} runs in a Databricks-managed network.',
  },
  evaluate(workspace, ctx) {
    const { customVirtualNetworkId: vnetId, customPublicSubnetName, customPrivateSubnetName } = workspace.properties;
    if (vnetId === null) return { status: 'NOT_APPLICABLE', messageId: 'notInjected', evidence: { customVirtualNetworkId: null } };
    const vnet =
      ctx.inventory.list('azure.network.virtual-network').find((v) => v.id.toLowerCase() === vnetId.toLowerCase()) ??
      missingData(`virtual network ${vnetId} is not in the inventory`);
    const names = [customPublicSubnetName, customPrivateSubnetName].filter((n) => n !== null);
    const subnets = names.map((name) => ({
      name,
      nsg: vnet.properties.subnets.find((s) => s.name.toLowerCase() === name.toLowerCase())?.networkSecurityGroupId ?? null,
    }));
    const evidence = { virtualNetwork: vnet.id, subnets };
    const bare = subnets.filter((s) => s.nsg === null);
    if (subnets.length === 0) return missingData(`workspace ${workspace.name} names no subnets`);
    if (bare.length > 0) return { status: 'FAIL', messageId: 'notAssociated', data: { subnets: bare.map((s) => s.name).join(', ') }, evidence };
    return { status: 'PASS', messageId: 'associated', evidence };
  },
});
