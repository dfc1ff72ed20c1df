import { flowLog } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-nsg-flow-log-retention-90-days.js';

const nsgId = '/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg-prod/providers/Microsoft.Network/networkSecurityGroups/nsg-app';
const vnetId = '/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg-prod/providers/Microsoft.Network/virtualNetworks/vnet-prod';

testRule(rule, {
  valid: [
    { name: '90 days', resource: flowLog('fl-nsg', nsgId), messageId: 'retained' },
    { name: '365 days', resource: flowLog('fl-year', nsgId, { retentionDays: 365 }) },
    {
      name: 'retention disabled keeps logs indefinitely',
      resource: flowLog('fl-forever', nsgId, { retentionEnabled: false, retentionDays: 0 }),
      evidence: { retentionEnabled: false },
    },
    { name: '0 days means indefinitely', resource: flowLog('fl-zero', nsgId, { retentionDays: 0 }) },
  ],
  invalid: [
    { name: '30 days', resource: flowLog('fl-short', nsgId, { retentionDays: 30 }), messageId: 'short', evidence: { retentionDays: 30 } },
    { name: '89 days is one short', resource: flowLog('fl-89', nsgId, { retentionDays: 89 }), messageId: 'short' },
    { name: 'disabled flow log', resource: flowLog('fl-off', nsgId, { enabled: false }), messageId: 'disabled' },
  ],
  notApplicable: [{ name: 'a virtual network flow log', resource: flowLog('fl-vnet', vnetId, { retentionDays: 7 }), messageId: 'otherTarget' }],
});
