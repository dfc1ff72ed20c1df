import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-rbac-authorization-enabled',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'medium',
  title: 'Key vaults use Azure role-based access control for data-plane access',
  description: 'Checks that enableRbacAuthorization is true. Unset or false means the legacy access-policy model.',
  rationale:
    'With access policies, anyone who can write the vault (Contributor) can grant themselves access to its keys and secrets. Azure RBAC separates management from data access, supports per-object scopes, Privileged Identity Management and deny assignments.',
  remediation: {
    summary: 'Grant the identities that use the vault equivalent Key Vault data roles, then switch the vault’s permission model to Azure RBAC.',
    cli: 'az keyvault update --name <vault> --resource-group <resource-group> --enable-rbac-authorization true',
    console: ['Open the key vault and choose Settings > Access configuration.', 'Choose "Azure role-based access control" as the permission model and apply.'],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-migration',
    'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide',
  ],
  reads: ['enableRbacAuthorization', 'accessPolicies'],
  messages: {
    rbac: 'Key vault {{name}} authorises data access with Azure RBAC.',
    accessPolicies: 'Key vault {{name}} authorises data access with {{count}} access policies instead of Azure RBAC.',
  },
  evaluate(vault) {
    const { enableRbacAuthorization, accessPolicies } = vault.properties;
    const evidence = { enableRbacAuthorization, accessPolicies: accessPolicies.length };
    if (enableRbacAuthorization === true) return { status: 'PASS', messageId: 'rbac', evidence };
    return { status: 'FAIL', messageId: 'accessPolicies', data: { count: accessPolicies.length }, evidence };
  },
});
