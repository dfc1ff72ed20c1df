import { armId, DEFAULT_RESOURCE_GROUP, DEFAULT_SUBSCRIPTION, flowLog, virtualNetwork } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-virtual-network-flow-logs-sent-to-log-analytics.js';

const vnetId = armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Network/virtualNetworks', 'vnet-prod');

testRule(rule, {
  valid: [
    { name: 'a VNet flow log with Traffic Analytics', resource: virtualNetwork('vnet-prod'), inventory: [flowLog('fl-vnet', vnetId)], messageId: 'sent' },
    { name: 'ids compare case-insensitively', resource: virtualNetwork('vnet-prod'), inventory: [flowLog('fl-vnet', vnetId.toUpperCase())] },
  ],
  invalid: [
    { name: 'no flow log', resource: virtualNetwork('vnet-prod'), messageId: 'notSent' },
    {
      name: 'Traffic Analytics switched off',
      resource: virtualNetwork('vnet-prod'),
      inventory: [
        flowLog('fl-vnet', vnetId, { trafficAnalytics: { enabled: false, workspaceResourceId: null, workspaceRegion: null, intervalInMinutes: null } }),
      ],
      messageId: 'notSent',
    },
    {
      name: 'a flow log on one subnet only',
      resource: virtualNetwork('vnet-prod'),
      inventory: [flowLog('fl-subnet', `${vnetId}/subnets/snet-app`, { targetKind: 'subnet' })],
      messageId: 'notSent',
    },
  ],
});
