import { azureSubscription, securityContact } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-attack-path-notifications-enabled.js';

testRule(rule, {
  valid: [{ name: 'Critical', resource: azureSubscription(), inventory: [securityContact()], messageId: 'enabled' }],
  invalid: [
    {
      name: 'attack path notifications off',
      resource: azureSubscription(),
      inventory: [securityContact('default', { attackPathMinimalRiskLevel: null })],
      messageId: 'disabled',
    },
    { name: 'no contact settings', resource: azureSubscription(), messageId: 'disabled' },
  ],
});
