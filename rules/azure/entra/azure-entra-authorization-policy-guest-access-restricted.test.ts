import { entraAuthorizationPolicy, GUEST_ROLE_IDS } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-authorization-policy-guest-access-restricted.js';

testRule(rule, {
  valid: [{ name: 'restricted guests', resource: entraAuthorizationPolicy(), messageId: 'restricted' }],
  invalid: [
    {
      name: 'limited access (the Entra default)',
      resource: entraAuthorizationPolicy({ guestUserRoleId: GUEST_ROLE_IDS.limited }),
      messageId: 'open',
      evidence: { guestUserRoleId: GUEST_ROLE_IDS.limited },
    },
    { name: 'same access as members', resource: entraAuthorizationPolicy({ guestUserRoleId: GUEST_ROLE_IDS.sameAsMembers }), messageId: 'open' },
    { name: 'not reported', resource: entraAuthorizationPolicy({ guestUserRoleId: null }), messageId: 'open' },
  ],
});
