import { subscriptionTenantPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-subscription-tenant-policy-transfers-blocked.js';

testRule(rule, {
  valid: [{ name: 'both blocked', resource: subscriptionTenantPolicy(), messageId: 'blocked' }],
  invalid: [
    { name: 'leaving allowed', resource: subscriptionTenantPolicy({ blockSubscriptionsLeavingTenant: false }), messageId: 'allowed' },
    {
      name: 'the tenant default (both allowed)',
      resource: subscriptionTenantPolicy({ blockSubscriptionsLeavingTenant: null, blockSubscriptionsIntoTenant: null }),
      messageId: 'allowed',
      evidence: { blockSubscriptionsIntoTenant: null },
    },
  ],
});
