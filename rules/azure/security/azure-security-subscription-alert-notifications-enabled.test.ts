import { azureSubscription, securityContact } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-alert-notifications-enabled.js';

testRule(rule, {
  valid: [
    { name: 'High', resource: azureSubscription(), inventory: [securityContact()], messageId: 'enabled' },
    {
      name: 'Low notifies of more, still enabled',
      resource: azureSubscription(),
      inventory: [securityContact('default', { alertMinimalSeverity: 'Low' })],
      evidence: { alertMinimalSeverity: ['Low'] },
    },
  ],
  invalid: [
    {
      name: 'alert notifications off',
      resource: azureSubscription(),
      inventory: [securityContact('default', { alertMinimalSeverity: null })],
      messageId: 'disabled',
    },
    { name: 'no contact settings', resource: azureSubscription(), messageId: 'disabled' },
  ],
});
