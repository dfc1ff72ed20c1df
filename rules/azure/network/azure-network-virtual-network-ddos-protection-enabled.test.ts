import { virtualNetwork } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-virtual-network-ddos-protection-enabled.js';

testRule(rule, {
  valid: [{ name: 'plan associated and enabled', resource: virtualNetwork('vnet-prod'), messageId: 'enabled' }],
  invalid: [
    {
      name: 'no plan',
      resource: virtualNetwork('vnet-dev', { enableDdosProtection: false, ddosProtectionPlanId: null }),
      messageId: 'disabled',
      evidence: { enableDdosProtection: false },
    },
    { name: 'a plan associated but protection switched off', resource: virtualNetwork('vnet-off', { enableDdosProtection: false }), messageId: 'disabled' },
  ],
});
