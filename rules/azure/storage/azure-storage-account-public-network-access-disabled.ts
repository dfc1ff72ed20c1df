import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-public-network-access-disabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: "Storage accounts have public network access disabled ('Public Network Access' is Disabled)",
  description:
    "Checks publicNetworkAccess: 'Disabled' passes, and so does 'SecuredByPerimeter' (a network security perimeter decides public access). Unset means Enabled.",
  rationale:
    'With public network access disabled, the account is reachable only through private endpoints, whatever its firewall rules say; a mistake in an IP rule can no longer expose it.',
  remediation: {
    summary: 'Give clients a private endpoint, then disable public network access on the storage account.',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --public-network-access Disabled',
    console: ['Open the storage account and choose Security + networking > Networking.', 'Under "Public network access", choose Disabled and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
  reads: ['publicNetworkAccess'],
  messages: {
    disabled: 'Storage account {{name}} does not accept traffic from public networks.',
    perimeter: 'Storage account {{name}} has public access governed by a network security perimeter.',
    enabled: 'Storage account {{name}} accepts traffic from public networks (publicNetworkAccess {{value}}).',
  },
  evaluate(account) {
    const { publicNetworkAccess } = account.properties;
    const evidence = { publicNetworkAccess };
    const value = (publicNetworkAccess ?? 'Enabled').toLowerCase();
    if (value === 'disabled') return { status: 'PASS', messageId: 'disabled', evidence };
    if (value === 'securedbyperimeter') return { status: 'PASS', messageId: 'perimeter', evidence };
    return { status: 'FAIL', messageId: 'enabled', data: { value: publicNetworkAccess ?? 'unset, meaning Enabled' }, evidence };
  },
});
