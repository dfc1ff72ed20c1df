import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-databricks-workspace-private-endpoint-used',
  provider: 'azure',
  service: 'databricks',
  resourceType: 'azure.databricks.workspace',
  severity: 'medium',
  title: 'Azure Databricks workspaces are reached through private endpoints',
  description: 'Checks that the workspace has at least one approved private endpoint connection.',
  rationale:
    'Private endpoints (Private Link) carry user and cluster traffic to the workspace over your network and the Microsoft backbone, and are what makes disabling public access possible.',
  remediation: {
    summary: 'Create front-end (databricks_ui_api) and browser-authentication private endpoints for the workspace in your virtual network.',
    cli: 'az network private-endpoint create --name <endpoint> --resource-group <resource-group> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <workspace-id> --group-id databricks_ui_api --connection-name <connection>',
    console: [
      'Open the Azure Databricks workspace > Settings > Networking > Private endpoint connections.',
      'Choose "+ Private endpoint" and follow the steps.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/private-link'],
  reads: ['privateEndpointConnections'],
  messages: {
    used: 'Databricks workspace {{name}} has {{count}} approved private endpoint connection(s).',
    notUsed: 'Databricks workspace {{name}} has no approved private endpoint connection.',
  },
  evaluate(workspace) {
    const connections = workspace.properties.privateEndpointConnections;
    const approved = connections.filter((c) => c.status?.toLowerCase() === 'approved');
    const evidence = { privateEndpointConnections: connections.map((c) => ({ privateEndpointId: c.privateEndpointId, status: c.status })) };
    return approved.length > 0
      ? { status: 'PASS', messageId: 'used', data: { count: approved.length }, evidence }
      : { status: 'FAIL', messageId: 'notUsed', evidence };
  },
});
