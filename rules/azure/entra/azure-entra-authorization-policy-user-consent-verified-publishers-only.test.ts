import { entraAuthorizationPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-authorization-policy-user-consent-verified-publishers-only.js';

const consent = (...permissionGrantPoliciesAssigned: string[]) => {
  const defaults = entraAuthorizationPolicy().properties.defaultUserRolePermissions;
  return entraAuthorizationPolicy({ defaultUserRolePermissions: { ...defaults, permissionGrantPoliciesAssigned } });
};

testRule(rule, {
  valid: [
    { name: 'verified publishers, low impact', resource: consent('ManagePermissionGrantsForSelf.microsoft-user-default-low'), messageId: 'limited' },
    { name: 'no user consent is stricter still', resource: entraAuthorizationPolicy() },
  ],
  invalid: [
    { name: 'all apps (legacy default)', resource: consent('ManagePermissionGrantsForSelf.microsoft-user-default-legacy'), messageId: 'broad' },
    { name: 'a custom self-consent policy', resource: consent('ManagePermissionGrantsForSelf.custom-all-graph'), messageId: 'broad' },
  ],
});
