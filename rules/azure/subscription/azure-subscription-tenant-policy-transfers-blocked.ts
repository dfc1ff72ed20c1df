import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-subscription-tenant-policy-transfers-blocked',
  provider: 'azure',
  service: 'subscription',
  resourceType: 'azure.subscription.tenant-policy',
  severity: 'medium',
  title: "Subscriptions cannot leave or enter the tenant ('Subscription leaving/entering Microsoft Entra tenant' is 'Permit no one')",
  description:
    'Checks the tenant subscription policy: blockSubscriptionsLeavingTenant and blockSubscriptionsIntoTenant must both be true. Exempted principals are listed in the evidence.',
  rationale:
    'A subscription moved to another tenant takes its resources and data outside your identities, policies and logs; one moved in brings resources nobody vetted.',
  remediation: {
    summary:
      "Set both 'Subscription leaving Microsoft Entra tenant' and 'Subscription entering Microsoft Entra tenant' to 'Permit no one' (exempt the few principals that manage transfers).",
    cli: 'az rest --method PUT --url "https://management.azure.com/providers/Microsoft.Subscription/policies/default?api-version=2021-10-01" --body \'{"properties":{"blockSubscriptionsLeavingTenant":true,"blockSubscriptionsIntoTenant":true}}\'',
    console: ['Open Subscriptions and choose "Manage policies".', 'Set both "Subscription leaving" and "Subscription entering" to "Permit no one" and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/manage-azure-subscription-policy'],
  reads: ['blockSubscriptionsLeavingTenant', 'blockSubscriptionsIntoTenant'],
  messages: {
    blocked: 'Subscriptions cannot leave or enter tenant {{tenant}}.',
    allowed: 'Subscriptions can {{what}} tenant {{tenant}}.',
  },
  evaluate(policy) {
    const { blockSubscriptionsLeavingTenant: leaving, blockSubscriptionsIntoTenant: entering, exemptedPrincipals } = policy.properties;
    const evidence = { blockSubscriptionsLeavingTenant: leaving, blockSubscriptionsIntoTenant: entering, exemptedPrincipals };
    const open = [...(leaving === true ? [] : ['leave']), ...(entering === true ? [] : ['enter'])];
    const data = { tenant: policy.account };
    return open.length === 0
      ? { status: 'PASS', messageId: 'blocked', data, evidence }
      : { status: 'FAIL', messageId: 'allowed', data: { ...data, what: open.join(' and ') }, evidence };
  },
});
