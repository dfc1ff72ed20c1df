import { entraAuthorizationPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-authorization-policy-security-group-creation-restricted.js';

const withFlag = (value: boolean | null) => {
  const defaults = entraAuthorizationPolicy().properties.defaultUserRolePermissions;
  return entraAuthorizationPolicy({ defaultUserRolePermissions: { ...defaults, allowedToCreateSecurityGroups: value } });
};

testRule(rule, {
  valid: [{ name: 'restricted', resource: entraAuthorizationPolicy(), messageId: 'restricted' }],
  invalid: [
    { name: 'allowed (the Entra default)', resource: withFlag(true), messageId: 'allowed', evidence: { allowedToCreateSecurityGroups: true } },
    { name: 'not reported counts as the default, allowed', resource: withFlag(null), messageId: 'allowed' },
  ],
});
