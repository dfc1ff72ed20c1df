import { azureSubscription, defenderPlan } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-defender-cosmos-db-on.js';

testRule(rule, {
  valid: [{ name: 'Standard tier', resource: azureSubscription(), inventory: [defenderPlan('CosmosDbs')], messageId: 'on' }],
  invalid: [
    {
      name: 'Free tier',
      resource: azureSubscription(),
      inventory: [defenderPlan('CosmosDbs', { pricingTier: 'Free', enablementTime: null })],
      messageId: 'off',
      evidence: { pricingTier: 'Free' },
    },
    { name: 'plan not listed', resource: azureSubscription(), inventory: [defenderPlan('SomeOtherPlan')], messageId: 'missing' },
    {
      name: 'On in another subscription only',
      resource: azureSubscription(),
      inventory: [defenderPlan('CosmosDbs', {}, { account: '99999999-0000-4000-8000-000000000000' })],
      messageId: 'missing',
    },
  ],
});
