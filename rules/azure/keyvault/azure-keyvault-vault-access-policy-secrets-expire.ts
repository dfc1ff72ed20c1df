import { evaluateExpiry, expiryGuidance, expiryMessages } from '../../../src/engine/helpers/azure-keyvault.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-access-policy-secrets-expire',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'medium',
  title: 'Secrets in key vaults on access policies have an expiration date',
  description:
    'Checks that every enabled secret in a vault using the legacy access-policy permission model (enableRbacAuthorization false or unset) has an expiration date (attributes.exp). Disabled secrets are listed but do not count. RBAC vaults are covered by a separate control.',
  ...expiryGuidance('secret'),
  references: [
    'https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates#object-types',
    'https://learn.microsoft.com/en-us/azure/key-vault/secrets/tutorial-rotation',
  ],
  reads: ['secrets', 'enableRbacAuthorization'],
  messages: expiryMessages('secret', 'accessPolicy'),
  evaluate(vault) {
    return evaluateExpiry(vault, 'secret', 'accessPolicy');
  },
});
