import { evaluateExpiry, expiryGuidance, expiryMessages } from '../../../src/engine/helpers/azure-keyvault.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-rbac-keys-expire',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'medium',
  title: 'Keys in RBAC key vaults have an expiration date',
  description:
    'Checks that every enabled key in a vault using Azure RBAC (enableRbacAuthorization true) has an expiration date (attributes.exp). Disabled keys are listed but do not count. Vaults on access policies are covered by a separate control.',
  ...expiryGuidance('key'),
  references: [
    'https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates#object-types',
    'https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation',
  ],
  reads: ['keys', 'enableRbacAuthorization'],
  messages: expiryMessages('key', 'rbac'),
  evaluate(vault) {
    return evaluateExpiry(vault, 'key', 'rbac');
  },
});
