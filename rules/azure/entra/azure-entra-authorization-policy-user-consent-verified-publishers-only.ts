import { defineRule } from '../../../src/engine/rule.js';

const SELF_CONSENT = /^ManagePermissionGrantsForSelf\./i;
const LOW_IMPACT = 'managepermissiongrantsforself.microsoft-user-default-low';

export default defineRule({
  id: 'azure-entra-authorization-policy-user-consent-verified-publishers-only',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.authorization-policy',
  severity: 'low',
  title: "User consent is limited to verified publishers and selected permissions ('User consent for applications' allows verified publishers only)",
  description:
    "Checks that any user consent the tenant allows is the built-in low-impact policy ('microsoft-user-default-low': apps from verified publishers, permissions classified as low impact). No user consent at all passes too.",
  rationale:
    'Letting users consent to any application is how consent phishing succeeds; restricting consent to verified publishers and low-impact permissions keeps self-service for harmless apps while sending the rest to an administrator.',
  remediation: {
    summary:
      "Set 'User consent for applications' to 'Allow user consent for apps from verified publishers, for selected permissions' (or disallow it), and classify the low-impact permissions.",
    cli: 'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body \'{"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForSelf.microsoft-user-default-low"]}}\'',
    console: [
      'Open Microsoft Entra ID > Enterprise applications > Consent and permissions > User consent settings.',
      'Choose "Allow user consent for apps from verified publishers, for selected permissions" and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/configure-user-consent',
    'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/configure-permission-classifications',
  ],
  reads: ['defaultUserRolePermissions'],
  messages: {
    limited: 'User consent in tenant {{tenant}} is limited to verified publishers and low-impact permissions, or disallowed.',
    broad: 'Users in tenant {{tenant}} can consent beyond verified publishers and low-impact permissions ({{policies}}).',
  },
  evaluate(policy) {
    const assigned = policy.properties.defaultUserRolePermissions.permissionGrantPoliciesAssigned;
    const broad = assigned.filter((p) => SELF_CONSENT.test(p) && p.toLowerCase() !== LOW_IMPACT);
    const evidence = { permissionGrantPoliciesAssigned: assigned };
    return broad.length === 0
      ? { status: 'PASS', messageId: 'limited', data: { tenant: policy.account }, evidence }
      : { status: 'FAIL', messageId: 'broad', data: { tenant: policy.account, policies: broad.join(', ') }, evidence };
  },
});
