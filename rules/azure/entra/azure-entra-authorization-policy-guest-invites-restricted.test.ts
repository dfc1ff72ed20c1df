import { entraAuthorizationPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-authorization-policy-guest-invites-restricted.js';

testRule(rule, {
  valid: [
    { name: 'admins and Guest Inviters', resource: entraAuthorizationPolicy(), messageId: 'restricted' },
    { name: 'no one', resource: entraAuthorizationPolicy({ allowInvitesFrom: 'none' }) },
  ],
  invalid: [
    {
      name: 'everyone (the Entra default)',
      resource: entraAuthorizationPolicy({ allowInvitesFrom: 'everyone' }),
      messageId: 'open',
      evidence: { allowInvitesFrom: 'everyone' },
    },
    { name: 'all members', resource: entraAuthorizationPolicy({ allowInvitesFrom: 'adminsGuestInvitersAndAllMembers' }), messageId: 'open' },
    { name: 'not reported means the default', resource: entraAuthorizationPolicy({ allowInvitesFrom: null }), messageId: 'open' },
  ],
});
