import { keyVault } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-purge-protection-enabled.js';

testRule(rule, {
  valid: [
    { name: 'soft delete and purge protection', resource: keyVault('kv-prod'), messageId: 'protected' },
    { name: 'soft delete unset is on by default', resource: keyVault('kv-new', { enableSoftDelete: null }), messageId: 'protected' },
  ],
  invalid: [
    {
      name: 'purge protection off',
      resource: keyVault('kv-dev', { enablePurgeProtection: false }),
      messageId: 'noPurgeProtection',
      evidence: { enablePurgeProtection: false },
    },
    { name: 'purge protection unset means off', resource: keyVault('kv-unset', { enablePurgeProtection: null }), messageId: 'noPurgeProtection' },
    {
      name: 'legacy vault with soft delete disabled',
      resource: keyVault('kv-legacy', { enableSoftDelete: false, enablePurgeProtection: null }),
      messageId: 'noSoftDelete',
    },
  ],
});
