import { rotatesAutomatically } from '../../../src/engine/helpers/azure-keyvault.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-key-rotation-enabled',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'low',
  title: 'Keys in key vaults rotate automatically',
  description:
    "Checks that every enabled key has a rotation policy with a 'Rotate' lifetime action (after creation or before expiry). Disabled keys do not count.",
  rationale:
    'Automatic rotation creates new key versions on a schedule, so services that follow the latest version (Storage, SQL TDE, Disk Encryption Sets) stop relying on one long-lived key without manual work.',
  remediation: {
    summary: 'Give each key a rotation policy that rotates it (for example 90 days after creation) and notifies before expiry.',
    cli: 'az keyvault key rotation-policy update --vault-name <vault> --name <key> --value @rotation-policy.json',
    console: [
      'Open the key vault and choose Objects > Keys, then the key.',
      'Choose "Rotation policy", enable automatic rotation with a rotation time and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation'],
  reads: ['keys'],
  messages: {
    rotating: 'Every enabled key in vault {{name}} rotates automatically ({{count}} keys).',
    notRotating: 'Keys in vault {{name}} do not rotate automatically: {{keys}}.',
    noKeys: 'Vault {{name}} has no enabled keys.',
  },
  evaluate(vault) {
    const keys = vault.properties.keys ?? missingData(`the keys of vault ${vault.name} were not collected`);
    const enabled = keys.filter((k) => k.enabled);
    const manual = enabled.filter((k) => !rotatesAutomatically(k)).map((k) => k.name);
    const evidence = { enabled: enabled.length, withoutAutomaticRotation: manual };
    if (enabled.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'noKeys', evidence };
    if (manual.length > 0) return { status: 'FAIL', messageId: 'notRotating', data: { keys: manual.join(', ') }, evidence };
    return { status: 'PASS', messageId: 'rotating', data: { count: enabled.length }, evidence };
  },
});
