import { azureSubscription, securityContact } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-security-contact-email-configured.js';

testRule(rule, {
  valid: [
    {
      name: 'a security mailbox',
      resource: azureSubscription(),
      inventory: [securityContact()],
      messageId: 'configured',
      evidence: { emails: ['secops@contoso.com'] },
    },
  ],
  invalid: [
    { name: 'no contact settings', resource: azureSubscription(), messageId: 'missing' },
    { name: 'owners only, no address', resource: azureSubscription(), inventory: [securityContact('default', { emails: [] })], messageId: 'missing' },
    { name: 'a blank address', resource: azureSubscription(), inventory: [securityContact('default', { emails: [' '] })], messageId: 'missing' },
  ],
});
