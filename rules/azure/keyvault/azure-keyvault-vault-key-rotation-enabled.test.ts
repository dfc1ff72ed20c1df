import { keyVault, keyVaultKey } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-key-rotation-enabled.js';

testRule(rule, {
  valid: [
    { name: 'rotation 30 days before expiry', resource: keyVault('kv-prod'), messageId: 'rotating' },
    {
      name: 'rotation 90 days after creation; a disabled key without policy is ignored',
      resource: keyVault('kv-app', {
        keys: [
          keyVaultKey('cmk', {
            rotationPolicy: { expiryTime: 'P1Y', lifetimeActions: [{ action: 'Rotate', timeAfterCreate: 'P90D', timeBeforeExpiry: null }] },
          }),
          keyVaultKey('old', { enabled: false, rotationPolicy: null }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'no rotation policy',
      resource: keyVault('kv-manual', { keys: [keyVaultKey('cmk', { rotationPolicy: null })] }),
      messageId: 'notRotating',
      evidence: { withoutAutomaticRotation: ['cmk'] },
    },
    {
      name: 'a policy that only notifies does not rotate',
      resource: keyVault('kv-notify', {
        keys: [
          keyVaultKey('cmk', {
            rotationPolicy: { expiryTime: 'P1Y', lifetimeActions: [{ action: 'Notify', timeAfterCreate: null, timeBeforeExpiry: 'P30D' }] },
          }),
        ],
      }),
      messageId: 'notRotating',
    },
  ],
  notApplicable: [{ name: 'no keys', resource: keyVault('kv-secrets', { keys: [] }), messageId: 'noKeys' }],
  error: [{ name: 'keys not collected', resource: keyVault('kv-denied', { keys: null }), message: 'were not collected' }],
});
