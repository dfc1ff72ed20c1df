import { keyVault } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-rbac-authorization-enabled.js';

const policy = { objectId: 'app', applicationId: null, keys: ['get', 'unwrapKey'], secrets: [], certificates: [] };

testRule(rule, {
  valid: [{ name: 'RBAC', resource: keyVault('kv-prod'), messageId: 'rbac' }],
  invalid: [
    {
      name: 'access policies',
      resource: keyVault('kv-legacy', { enableRbacAuthorization: false, accessPolicies: [policy] }),
      messageId: 'accessPolicies',
      evidence: { accessPolicies: 1 },
    },
    { name: 'unset means access policies', resource: keyVault('kv-unset', { enableRbacAuthorization: null }), messageId: 'accessPolicies' },
  ],
});
