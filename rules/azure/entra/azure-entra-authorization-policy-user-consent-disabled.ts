import { defineRule } from '../../../src/engine/rule.js';

const SELF_CONSENT = /^ManagePermissionGrantsForSelf\./i;

export default defineRule({
  id: 'azure-entra-authorization-policy-user-consent-disabled',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.authorization-policy',
  severity: 'medium',
  title: "Users cannot consent to applications ('User consent for applications' is 'Do not allow user consent')",
  description:
    "Checks that the default user role is assigned no 'ManagePermissionGrantsForSelf.*' permission grant policy, i.e. users cannot consent to applications on their own.",
  rationale:
    'Consent phishing tricks users into granting a malicious application lasting access to their mail and files; the access survives password resets and MFA. With user consent off, an administrator reviews every request.',
  remediation: {
    summary: "Set 'User consent for applications' to 'Do not allow user consent' and enable the admin consent workflow.",
    cli: 'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body \'{"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": []}}\'',
    console: [
      'Open Microsoft Entra ID > Enterprise applications > Consent and permissions > User consent settings.',
      'Choose "Do not allow user consent" and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/configure-user-consent'],
  reads: ['defaultUserRolePermissions'],
  messages: {
    disabled: 'Users in tenant {{tenant}} cannot consent to applications.',
    allowed: 'Users in tenant {{tenant}} can consent to applications ({{policies}}).',
  },
  evaluate(policy) {
    const assigned = policy.properties.defaultUserRolePermissions.permissionGrantPoliciesAssigned;
    const selfConsent = assigned.filter((p) => SELF_CONSENT.test(p));
    const evidence = { permissionGrantPoliciesAssigned: assigned };
    return selfConsent.length === 0
      ? { status: 'PASS', messageId: 'disabled', data: { tenant: policy.account }, evidence }
      : { status: 'FAIL', messageId: 'allowed', data: { tenant: policy.account, policies: selfConsent.join(', ') }, evidence };
  },
});
