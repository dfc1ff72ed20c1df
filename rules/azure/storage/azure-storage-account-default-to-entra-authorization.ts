import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-default-to-entra-authorization',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'low',
  title:
    "The Azure portal authorises storage data access with Microsoft Entra ID by default ('Default to Microsoft Entra authorization in the Azure portal' is Enabled)",
  description:
    'Checks defaultToOAuthAuthentication: when true, the portal uses the signed-in user’s Entra identity rather than the account key to browse blobs, files, queues and tables.',
  rationale:
    'Portal access with the account key bypasses RBAC and leaves no per-user trail in the data-plane logs; Entra authorisation keeps portal access least-privileged and attributable.',
  remediation: {
    summary: 'Turn on "Default to Microsoft Entra authorization in the Azure portal" and grant users Storage Blob/File/Queue/Table Data roles.',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --set defaultToOAuthAuthentication=true',
    console: [
      'Open the storage account and choose Settings > Configuration.',
      'Set "Default to Microsoft Entra authorization in the Azure portal" to Enabled and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/blobs/authorize-data-operations-portal#default-to-microsoft-entra-authorization-in-the-azure-portal',
  ],
  reads: ['defaultToOAuthAuthentication'],
  messages: {
    enabled: 'Storage account {{name}} defaults to Microsoft Entra authorisation in the portal.',
    disabled: 'Storage account {{name}} uses the account key for data access in the portal by default.',
  },
  evaluate(account) {
    const { defaultToOAuthAuthentication } = account.properties;
    const evidence = { defaultToOAuthAuthentication };
    return defaultToOAuthAuthentication === true ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
