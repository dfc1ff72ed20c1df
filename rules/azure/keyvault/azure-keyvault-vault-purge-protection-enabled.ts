import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-purge-protection-enabled',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'medium',
  title: "Key vaults are recoverable ('Purge protection' is Enabled)",
  description:
    'Checks that purge protection is enabled (enablePurgeProtection) and soft delete is not turned off (enableSoftDelete is on by default and can no longer be disabled, so unset counts as on).',
  rationale:
    'Soft delete keeps a deleted vault and its objects for the retention period; purge protection stops anyone, including an administrator or an attacker with their rights, from purging them before it ends. Without it, one call destroys keys that encrypt your data.',
  remediation: {
    summary: 'Enable purge protection on the vault (it cannot be turned off afterwards).',
    cli: 'az keyvault update --name <vault> --resource-group <resource-group> --enable-purge-protection true',
    console: ['Open the key vault and choose Settings > Properties.', 'Select "Enable purge protection" and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview#purge-protection'],
  reads: ['enablePurgeProtection', 'enableSoftDelete'],
  messages: {
    protected: 'Key vault {{name}} has soft delete and purge protection.',
    noPurgeProtection: 'Key vault {{name}} can be purged before its retention period ends: purge protection is off.',
    noSoftDelete: 'Key vault {{name}} has soft delete disabled, so deleted objects are lost at once.',
  },
  evaluate(vault) {
    const { enablePurgeProtection, enableSoftDelete, softDeleteRetentionInDays } = vault.properties;
    const evidence = { enablePurgeProtection, enableSoftDelete, softDeleteRetentionInDays };
    if (enableSoftDelete === false) return { status: 'FAIL', messageId: 'noSoftDelete', evidence };
    return enablePurgeProtection === true ? { status: 'PASS', messageId: 'protected', evidence } : { status: 'FAIL', messageId: 'noPurgeProtection', evidence };
  },
});
