import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-private-endpoint-used',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: 'Storage accounts are reached through private endpoints',
  description: 'Checks that the storage account has at least one approved private endpoint connection.',
  rationale:
    'A private endpoint gives the account an address inside your virtual network, so clients reach it over the Microsoft backbone and the public endpoint can be closed; without one, every client goes over the public endpoint.',
  remediation: {
    summary: 'Create a private endpoint for the storage services you use (blob, file, ...) in the virtual network of its clients, with a private DNS zone.',
    cli: 'az network private-endpoint create --name <endpoint> --resource-group <resource-group> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <storage-account-id> --group-id blob --connection-name <connection>',
    console: [
      'Open the storage account and choose Security + networking > Networking > Private endpoint connections.',
      'Choose "+ Private endpoint" and follow the steps.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-private-endpoints'],
  reads: ['privateEndpointConnections'],
  messages: {
    used: 'Storage account {{name}} has {{count}} approved private endpoint connection(s).',
    notUsed: 'Storage account {{name}} has no approved private endpoint connection.',
  },
  evaluate(account) {
    const connections = account.properties.privateEndpointConnections;
    const approved = connections.filter((c) => c.status?.toLowerCase() === 'approved');
    const evidence = { privateEndpointConnections: connections.map((c) => ({ privateEndpointId: c.privateEndpointId, status: c.status })) };
    return approved.length > 0
      ? { status: 'PASS', messageId: 'used', data: { count: approved.length }, evidence }
      : { status: 'FAIL', messageId: 'notUsed', evidence };
  },
});
