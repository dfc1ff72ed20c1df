import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-databricks-workspace-public-network-access-disabled',
  provider: 'azure',
  service: 'databricks',
  resourceType: 'azure.databricks.workspace',
  severity: 'medium',
  title: "Azure Databricks workspaces have public network access disabled ('Allow Public Network Access' is Disabled)",
  description: "Checks that the workspace's publicNetworkAccess is 'Disabled' (front-end access through private endpoints only). Unset means Enabled.",
  rationale:
    'A workspace open to public networks can be reached with stolen tokens or credentials from anywhere; with public access disabled, users and tools must come through your private network.',
  remediation: {
    summary: 'Create front-end private endpoints for the workspace, then disable public network access.',
    cli: 'az databricks workspace update --name <workspace> --resource-group <resource-group> --public-network-access Disabled',
    console: ['Open the Azure Databricks workspace > Settings > Networking.', 'Set "Allow Public Network Access" to Disabled and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/databricks/security/network/front-end/front-end-private-connect'],
  reads: ['publicNetworkAccess'],
  messages: {
    disabled: 'Databricks workspace {{name}} does not accept traffic from public networks.',
    enabled: 'Databricks workspace {{name}} accepts traffic from public networks.',
  },
  evaluate(workspace) {
    const { publicNetworkAccess } = workspace.properties;
    const evidence = { publicNetworkAccess };
    return publicNetworkAccess?.toLowerCase() === 'disabled'
      ? { status: 'PASS', messageId: 'disabled', evidence }
      : { status: 'FAIL', messageId: 'enabled', evidence };
  },
});
