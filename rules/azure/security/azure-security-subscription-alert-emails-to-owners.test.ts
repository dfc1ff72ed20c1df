import { azureSubscription, securityContact } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-alert-emails-to-owners.js';

testRule(rule, {
  valid: [
    { name: 'owners notified', resource: azureSubscription(), inventory: [securityContact()], messageId: 'notified' },
    {
      name: 'owners among other roles',
      resource: azureSubscription(),
      inventory: [securityContact('default', { notificationsByRoleRoles: ['AccountAdmin', 'Owner'] })],
    },
  ],
  invalid: [
    { name: 'no contact settings', resource: azureSubscription(), messageId: 'notNotified' },
    {
      name: 'role notifications off',
      resource: azureSubscription(),
      inventory: [securityContact('default', { notificationsByRoleState: 'Off' })],
      messageId: 'notNotified',
    },
    {
      name: 'contributors only',
      resource: azureSubscription(),
      inventory: [securityContact('default', { notificationsByRoleRoles: ['Contributor'] })],
      messageId: 'notNotified',
    },
    {
      name: 'the contact setting itself is disabled',
      resource: azureSubscription(),
      inventory: [securityContact('default', { isEnabled: false })],
      messageId: 'notNotified',
    },
  ],
});
