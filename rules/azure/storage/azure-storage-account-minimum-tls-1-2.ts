import { defineRule } from '../../../src/engine/rule.js';

const ACCEPTED = new Set(['TLS1_2', 'TLS1_3']);

export default defineRule({
  id: 'azure-storage-account-minimum-tls-1-2',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: "Storage accounts require TLS 1.2 or later ('Minimum TLS version' is Version 1.2)",
  description:
    'Checks that the storage account rejects clients negotiating TLS 1.0 or 1.1 (minimumTlsVersion TLS1_2 or TLS1_3). An unset value means TLS 1.0 on older accounts, so it fails.',
  rationale:
    'TLS 1.0 and 1.1 have known weaknesses and are deprecated; a storage account that still accepts them lets a client (or an attacker downgrading it) use them.',
  remediation: {
    summary: 'Set the minimum TLS version of the storage account to TLS 1.2 after checking that no client still needs an older version.',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --min-tls-version TLS1_2',
    console: ['Open the storage account and choose Settings > Configuration.', 'Set "Minimum TLS version" to "Version 1.2" and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version'],
  reads: ['minimumTlsVersion'],
  messages: {
    modern: 'Storage account {{name}} requires {{version}} or later.',
    legacy: 'Storage account {{name}} accepts {{version}}: the minimum TLS version is below 1.2.',
    unset: 'Storage account {{name}} has no minimum TLS version set, so it accepts TLS 1.0.',
  },
  evaluate(account) {
    const { minimumTlsVersion } = account.properties;
    const evidence = { minimumTlsVersion };
    if (minimumTlsVersion === null) return { status: 'FAIL', messageId: 'unset', evidence };
    const data = { version: minimumTlsVersion };
    return ACCEPTED.has(minimumTlsVersion) ? { status: 'PASS', messageId: 'modern', data, evidence } : { status: 'FAIL', messageId: 'legacy', data, evidence };
  },
});
