import { armId, DEFAULT_RESOURCE_GROUP, DEFAULT_SUBSCRIPTION, subnet, virtualNetwork } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-virtual-network-subnets-nsg-associated.js';

const vnetId = armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Network/virtualNetworks', 'vnet-prod');
const bare = (name: string) => subnet(vnetId, name, { networkSecurityGroupId: null });

testRule(rule, {
  valid: [
    { name: 'every subnet has an NSG', resource: virtualNetwork('vnet-prod'), messageId: 'associated' },
    {
      name: 'GatewaySubnet and AzureFirewallSubnet are exempt',
      resource: virtualNetwork('vnet-hub', { subnets: [subnet(vnetId, 'snet-app'), bare('GatewaySubnet'), bare('AzureFirewallSubnet')] }),
    },
  ],
  invalid: [
    {
      name: 'one subnet without NSG',
      resource: virtualNetwork('vnet-prod', { subnets: [subnet(vnetId, 'snet-app'), bare('snet-data')] }),
      messageId: 'notAssociated',
      findingKey: 'snet-data',
      failures: 1,
    },
    {
      name: 'AzureBastionSubnet supports an NSG, so it is not exempt',
      resource: virtualNetwork('vnet-hub', { subnets: [bare('AzureBastionSubnet')] }),
      messageId: 'notAssociated',
    },
    { name: 'one finding per bare subnet', resource: virtualNetwork('vnet-dev', { subnets: [bare('a'), bare('b')] }), messageId: 'notAssociated', failures: 2 },
  ],
  notApplicable: [
    { name: 'only a gateway subnet', resource: virtualNetwork('vnet-transit', { subnets: [bare('GatewaySubnet')] }), messageId: 'noSubnets' },
    { name: 'no subnets', resource: virtualNetwork('vnet-empty', { subnets: [] }) },
  ],
});
