import { armId, DEFAULT_RESOURCE_GROUP, DEFAULT_SUBSCRIPTION, flowLog, networkSecurityGroup } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-security-group-flow-logs-sent-to-log-analytics.js';

const nsgId = armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Network/networkSecurityGroups', 'nsg-app');
const vnetId = armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Network/virtualNetworks', 'vnet-prod');
const attached = networkSecurityGroup('nsg-app', { subnetIds: [`${vnetId}/subnets/snet-app`] });

testRule(rule, {
  valid: [
    { name: 'an NSG flow log with Traffic Analytics', resource: networkSecurityGroup('nsg-app'), inventory: [flowLog('fl-nsg', nsgId)], messageId: 'sent' },
    { name: 'its subnet’s virtual network has a flow log to Log Analytics', resource: attached, inventory: [flowLog('fl-vnet', vnetId)] },
  ],
  invalid: [
    { name: 'no flow log', resource: attached, messageId: 'notSent' },
    {
      name: 'a flow log to storage only',
      resource: networkSecurityGroup('nsg-app'),
      inventory: [flowLog('fl-nsg', nsgId, { trafficAnalytics: null })],
      messageId: 'notSent',
      evidence: { flowLogs: [{ trafficAnalytics: false }] },
    },
    { name: 'a disabled flow log', resource: networkSecurityGroup('nsg-app'), inventory: [flowLog('fl-nsg', nsgId, { enabled: false })], messageId: 'notSent' },
  ],
});
