import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-shared-key-access-disabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: "Storage accounts do not allow Shared Key authorization ('Allow storage account key access' is Disabled)",
  description: 'Checks that allowSharedKeyAccess is false. Unset means allowed.',
  rationale:
    'Account keys grant full access to all data in the account, never expire and are not tied to an identity, so their use cannot be attributed or scoped. With Shared Key disabled, every request is authorised with Microsoft Entra ID and RBAC.',
  remediation: {
    summary: 'Move clients to Microsoft Entra ID authorisation, then disallow Shared Key access (SAS tokens signed with account keys stop working too).',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --allow-shared-key-access false',
    console: ['Open the storage account and choose Settings > Configuration.', 'Set "Allow storage account key access" to Disabled and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent'],
  reads: ['allowSharedKeyAccess'],
  messages: {
    disabled: 'Storage account {{name}} accepts Microsoft Entra ID authorisation only: Shared Key access is disabled.',
    enabled: 'Storage account {{name}} accepts requests signed with its account keys.',
  },
  evaluate(account) {
    const { allowSharedKeyAccess } = account.properties;
    const evidence = { allowSharedKeyAccess };
    return allowSharedKeyAccess === false ? { status: 'PASS', messageId: 'disabled', evidence } : { status: 'FAIL', messageId: 'enabled', evidence };
  },
});
