import { entraConditionalAccessPolicy, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-tenant-mfa-required-for-admin-portals.js';

testRule(rule, {
  valid: [
    {
      name: 'the admin portals app',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Admin portals', { applications: { include: ['MicrosoftAdminPortals'], exclude: [] } })],
      messageId: 'enforced',
    },
  ],
  invalid: [
    { name: 'no policy', resource: entraTenant(), messageId: 'missing' },
    {
      name: 'session controls only, no grant',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Sessions', { applications: { include: ['MicrosoftAdminPortals'], exclude: [] }, grantControls: null })],
      messageId: 'missing',
    },
  ],
});
