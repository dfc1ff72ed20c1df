import { entraAuthorizationPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-authorization-policy-user-consent-disabled.js';

const consent = (...permissionGrantPoliciesAssigned: string[]) => {
  const defaults = entraAuthorizationPolicy().properties.defaultUserRolePermissions;
  return entraAuthorizationPolicy({ defaultUserRolePermissions: { ...defaults, permissionGrantPoliciesAssigned } });
};

testRule(rule, {
  valid: [
    { name: 'no consent policy', resource: entraAuthorizationPolicy(), messageId: 'disabled' },
    {
      name: 'only the policy letting team owners consent for their team',
      resource: consent('ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team'),
    },
  ],
  invalid: [
    { name: 'verified publishers, low impact', resource: consent('ManagePermissionGrantsForSelf.microsoft-user-default-low'), messageId: 'allowed' },
    {
      name: 'all apps (legacy default)',
      resource: consent('ManagePermissionGrantsForSelf.microsoft-user-default-legacy'),
      messageId: 'allowed',
      evidence: { permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy'] },
    },
  ],
});
