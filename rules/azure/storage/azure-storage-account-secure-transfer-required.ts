import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-secure-transfer-required',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'high',
  title: "Storage accounts require secure transfer ('Secure transfer required' is Enabled)",
  description: 'Checks that the storage account accepts requests over HTTPS only (supportsHttpsTrafficOnly).',
  rationale:
    'Over plain HTTP, shared keys, SAS tokens and data travel in clear text and can be read or altered on the network. Requiring secure transfer rejects HTTP requests and unencrypted SMB connections.',
  remediation: {
    summary: 'Turn on "Secure transfer required" on the storage account.',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --https-only true',
    console: ['Open the storage account and choose Settings > Configuration.', 'Set "Secure transfer required" to Enabled and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer'],
  reads: ['enableHttpsTrafficOnly'],
  messages: {
    required: 'Storage account {{name}} accepts HTTPS requests only.',
    notRequired: 'Storage account {{name}} accepts unencrypted HTTP requests: secure transfer is not required.',
  },
  evaluate(account) {
    const { enableHttpsTrafficOnly } = account.properties;
    const evidence = { enableHttpsTrafficOnly };
    return enableHttpsTrafficOnly ? { status: 'PASS', messageId: 'required', evidence } : { status: 'FAIL', messageId: 'notRequired', evidence };
  },
});
