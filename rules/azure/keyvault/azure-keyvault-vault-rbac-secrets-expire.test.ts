import { keyVault, keyVaultSecret } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-rbac-secrets-expire.js';

const model = { enableRbacAuthorization: true };
const noExpiry = keyVaultSecret('no-expiry', { expires: null });

testRule(rule, {
  valid: [
    { name: 'every enabled secret expires', resource: keyVault('kv-prod', model), messageId: 'allExpire' },
    {
      name: 'a disabled secret without expiry does not count',
      resource: keyVault('kv-old', { ...model, secrets: [keyVaultSecret('current'), keyVaultSecret('retired', { enabled: false, expires: null })] }),
      evidence: { withoutExpiry: [], disabled: ['retired'] },
    },
  ],
  invalid: [
    {
      name: 'one secret never expires',
      resource: keyVault('kv-app', { ...model, secrets: [keyVaultSecret('current'), noExpiry] }),
      messageId: 'noExpiry',
      evidence: { withoutExpiry: ['no-expiry'] },
    },
  ],
  notApplicable: [
    {
      name: 'a vault on access policies is another control',
      resource: keyVault('kv-other', { enableRbacAuthorization: false, secrets: [noExpiry] }),
      messageId: 'otherModel',
    },
    { name: 'a vault with no enabled secrets', resource: keyVault('kv-empty', { ...model, secrets: [] }), messageId: 'empty' },
  ],
  error: [{ name: 'secrets not collected', resource: keyVault('kv-denied', { ...model, secrets: null }), message: 'were not collected' }],
});
