import { keyVault, keyVaultKey } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-access-policy-keys-expire.js';

const model = { enableRbacAuthorization: false, accessPolicies: [{ objectId: 'app', applicationId: null, keys: ['get'], secrets: ['get'], certificates: [] }] };
const noExpiry = keyVaultKey('no-expiry', { expires: null });

testRule(rule, {
  valid: [
    { name: 'every enabled key expires', resource: keyVault('kv-prod', model), messageId: 'allExpire' },
    {
      name: 'a disabled key without expiry does not count',
      resource: keyVault('kv-old', { ...model, keys: [keyVaultKey('current'), keyVaultKey('retired', { enabled: false, expires: null })] }),
      evidence: { withoutExpiry: [], disabled: ['retired'] },
    },
  ],
  invalid: [
    {
      name: 'one key never expires',
      resource: keyVault('kv-app', { ...model, keys: [keyVaultKey('current'), noExpiry] }),
      messageId: 'noExpiry',
      evidence: { withoutExpiry: ['no-expiry'] },
    },
    {
      name: 'unset enableRbacAuthorization means access policies',
      resource: keyVault('kv-unset', { enableRbacAuthorization: null, keys: [noExpiry] }),
      messageId: 'noExpiry',
    },
  ],
  notApplicable: [
    { name: 'an RBAC vault is another control', resource: keyVault('kv-other', { keys: [noExpiry] }), messageId: 'otherModel' },
    { name: 'a vault with no enabled keys', resource: keyVault('kv-empty', { ...model, keys: [] }), messageId: 'empty' },
  ],
  error: [{ name: 'keys not collected', resource: keyVault('kv-denied', { ...model, keys: null }), message: 'were not collected' }],
});
