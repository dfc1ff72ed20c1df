import { flowLog } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-vnet-flow-log-retention-90-days.js';

const nsgId = '/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg-prod/providers/Microsoft.Network/networkSecurityGroups/nsg-app';
const vnetId = '/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg-prod/providers/Microsoft.Network/virtualNetworks/vnet-prod';

testRule(rule, {
  valid: [
    { name: '90 days on a virtual network', resource: flowLog('fl-vnet', vnetId), messageId: 'retained' },
    {
      name: 'a subnet flow log kept indefinitely',
      resource: flowLog('fl-subnet', `${vnetId}/subnets/snet-app`, { targetKind: 'subnet', retentionEnabled: false, retentionDays: null }),
    },
  ],
  invalid: [
    { name: '7 days', resource: flowLog('fl-week', vnetId, { retentionDays: 7 }), messageId: 'short', evidence: { retentionDays: 7 } },
    {
      name: 'a network interface flow log, disabled',
      resource: flowLog('fl-nic', '/subscriptions/x/networkInterfaces/nic-1', { targetKind: 'networkInterface', enabled: false }),
      messageId: 'disabled',
    },
  ],
  notApplicable: [{ name: 'an NSG flow log', resource: flowLog('fl-nsg', nsgId), messageId: 'otherTarget' }],
});
