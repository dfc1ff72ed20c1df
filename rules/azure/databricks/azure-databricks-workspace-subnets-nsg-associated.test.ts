import { armId, databricksWorkspace, DEFAULT_RESOURCE_GROUP, DEFAULT_SUBSCRIPTION, subnet, virtualNetwork } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-databricks-workspace-subnets-nsg-associated.js';

const vnetId = armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Network/virtualNetworks', 'vnet-databricks');
const vnet = (containerNsg: boolean) =>
  virtualNetwork('vnet-databricks', {
    subnets: [subnet(vnetId, 'snet-dbw-host'), subnet(vnetId, 'snet-dbw-container', containerNsg ? {} : { networkSecurityGroupId: null })],
  });

testRule(rule, {
  valid: [{ name: 'both subnets have an NSG', resource: databricksWorkspace('dbw-analytics'), inventory: [vnet(true)], messageId: 'associated' }],
  invalid: [
    {
      name: 'the container subnet has none',
      resource: databricksWorkspace('dbw-analytics'),
      inventory: [vnet(false)],
      messageId: 'notAssociated',
      evidence: { subnets: [{ name: 'snet-dbw-host' }, { name: 'snet-dbw-container', nsg: null }] },
    },
    {
      name: 'a subnet missing from the network counts as bare',
      resource: databricksWorkspace('dbw-analytics', { customPrivateSubnetName: 'snet-gone' }),
      inventory: [vnet(true)],
      messageId: 'notAssociated',
    },
  ],
  notApplicable: [
    { name: 'Databricks-managed network', resource: databricksWorkspace('dbw-sandbox', { customVirtualNetworkId: null }), messageId: 'notInjected' },
  ],
  error: [{ name: 'the virtual network is not in the inventory', resource: databricksWorkspace('dbw-analytics'), message: 'is not in the inventory' }],
});
