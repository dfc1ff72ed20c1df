import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-databricks-workspace-vnet-injected',
  provider: 'azure',
  service: 'databricks',
  resourceType: 'azure.databricks.workspace',
  severity: 'medium',
  title: 'Azure Databricks workspaces are deployed in a customer-managed virtual network (VNet injection)',
  description: 'Checks that the workspace parameters name a custom virtual network (customVirtualNetworkId).',
  rationale:
    'With VNet injection, clusters run in your network: you control their NSG rules, egress (firewall, no exfiltration path) and private connectivity to data sources; a Databricks-managed network gives you none of that.',
  remediation: {
    summary: 'Redeploy the workspace into your own virtual network (VNet injection cannot be added to an existing workspace) and migrate notebooks and jobs.',
    cli: 'az databricks workspace create --name <workspace> --resource-group <resource-group> --location <location> --sku premium --vnet <vnet-id> --public-subnet <host-subnet> --private-subnet <container-subnet> --enable-no-public-ip true',
    console: [
      'Create a new Azure Databricks workspace and, on the Networking tab, choose "Deploy Azure Databricks workspace in your own Virtual Network (VNet)".',
      'Select the virtual network and the two delegated subnets, then migrate the workloads.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/vnet-inject'],
  reads: ['customVirtualNetworkId'],
  messages: {
    injected: 'Databricks workspace {{name}} runs in virtual network {{vnet}}.',
    managed: 'Databricks workspace {{name}} runs in a Databricks-managed virtual network.',
  },
  evaluate(workspace) {
    const { customVirtualNetworkId } = workspace.properties;
    const evidence = { customVirtualNetworkId };
    if (customVirtualNetworkId === null) return { status: 'FAIL', messageId: 'managed', evidence };
    return { status: 'PASS', messageId: 'injected', data: { vnet: customVirtualNetworkId.split('/').pop() ?? customVirtualNetworkId }, evidence };
  },
});
