import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-private-endpoint-used',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'medium',
  title: 'Key vaults are reached through private endpoints',
  description: 'Checks that the vault has at least one approved private endpoint connection.',
  rationale:
    'A private endpoint keeps traffic to the vault on your virtual network and the Microsoft backbone, and is what lets public network access be disabled.',
  remediation: {
    summary: 'Create a private endpoint for the vault in the virtual network of its clients, with the privatelink.vaultcore.azure.net DNS zone.',
    cli: 'az network private-endpoint create --name <endpoint> --resource-group <resource-group> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <vault-id> --group-id vault --connection-name <connection>',
    console: ['Open the key vault and choose Settings > Networking > Private endpoint connections.', 'Choose "+ Create" and follow the steps.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service'],
  reads: ['privateEndpointConnections'],
  messages: {
    used: 'Key vault {{name}} has {{count}} approved private endpoint connection(s).',
    notUsed: 'Key vault {{name}} has no approved private endpoint connection.',
  },
  evaluate(vault) {
    const connections = vault.properties.privateEndpointConnections;
    const approved = connections.filter((c) => c.status?.toLowerCase() === 'approved');
    const evidence = { privateEndpointConnections: connections.map((c) => ({ privateEndpointId: c.privateEndpointId, status: c.status })) };
    return approved.length > 0
      ? { status: 'PASS', messageId: 'used', data: { count: approved.length }, evidence }
      : { status: 'FAIL', messageId: 'notUsed', evidence };
  },
});
