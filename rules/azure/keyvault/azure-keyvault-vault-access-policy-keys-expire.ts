import { evaluateExpiry, expiryMessages } from '../../../src/engine/helpers/azure-keyvault.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-access-policy-keys-expire',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'medium',
  title: 'Keys in key vaults on access policies have an expiration date',
  description:
    'Checks that every enabled key in a vault using the legacy access-policy permission model (enableRbacAuthorization false or unset) has an expiration date (attributes.exp). Disabled keys are listed but do not count. RBAC vaults are covered by a separate control.',
  rationale:
    'A key without an expiration date stays valid forever: a key that leaked, or that should have been retired, keeps decrypting and signing. An expiry forces rotation and bounds the damage.',
  remediation: {
    summary: 'Set an expiration date on each key (and a rotation policy that renews it before it expires).',
    cli: 'az keyvault key set-attributes --vault-name <vault> --name <key> --expires <YYYY-MM-DDThh:mm:ssZ>',
    console: [
      'Open the key vault and choose Objects > Keys.',
      'Open each key without an expiration date, choose its current version, set "Set expiration date" and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates#object-types',
    'https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation',
  ],
  reads: ['keys', 'enableRbacAuthorization'],
  messages: expiryMessages('key', 'accessPolicy'),
  evaluate(vault) {
    return evaluateExpiry(vault, 'key', 'accessPolicy');
  },
});
