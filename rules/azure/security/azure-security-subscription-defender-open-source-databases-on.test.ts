import { azureSubscription, defenderPlan } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-defender-open-source-databases-on.js';

testRule(rule, {
  valid: [{ name: 'Standard tier', resource: azureSubscription(), inventory: [defenderPlan('OpenSourceRelationalDatabases')], messageId: 'on' }],
  invalid: [
    {
      name: 'Free tier',
      resource: azureSubscription(),
      inventory: [defenderPlan('OpenSourceRelationalDatabases', { pricingTier: 'Free', enablementTime: null })],
      messageId: 'off',
      evidence: { pricingTier: 'Free' },
    },
    { name: 'plan not listed', resource: azureSubscription(), inventory: [defenderPlan('SomeOtherPlan')], messageId: 'missing' },
    {
      name: 'On in another subscription only',
      resource: azureSubscription(),
      inventory: [defenderPlan('OpenSourceRelationalDatabases', {}, { account: '99999999-0000-4000-8000-000000000000' })],
      messageId: 'missing',
    },
  ],
});
