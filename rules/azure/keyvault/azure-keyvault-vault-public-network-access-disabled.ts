import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-keyvault-vault-public-network-access-disabled',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'medium',
  title: 'Key vaults have public network access disabled',
  description:
    "Checks that publicNetworkAccess is 'Disabled'. A vault whose firewall denies by default but keeps public access 'Enabled' still exposes its endpoint to the allowed IP ranges and fails; unset means Enabled.",
  rationale:
    'A vault reachable only through private endpoints cannot be attacked from the Internet with stolen credentials or tokens, and its firewall cannot be loosened by mistake.',
  remediation: {
    summary: 'Give the vault’s clients a private endpoint, then disable public network access.',
    cli: 'az keyvault update --name <vault> --resource-group <resource-group> --public-network-access Disabled',
    console: ['Open the key vault and choose Settings > Networking.', 'Under "Firewalls and virtual networks", choose "Disable public access" and apply.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/network-security'],
  reads: ['publicNetworkAccess', 'networkAcls'],
  messages: {
    disabled: 'Key vault {{name}} does not accept traffic from public networks.',
    enabled: 'Key vault {{name}} accepts traffic from public networks (default action {{defaultAction}}).',
  },
  evaluate(vault) {
    const { publicNetworkAccess, networkAcls } = vault.properties;
    const evidence = { publicNetworkAccess, defaultAction: networkAcls?.defaultAction ?? null, ipRules: networkAcls?.ipRules.map((r) => r.value) ?? [] };
    if (publicNetworkAccess?.toLowerCase() === 'disabled') return { status: 'PASS', messageId: 'disabled', evidence };
    return { status: 'FAIL', messageId: 'enabled', data: { defaultAction: networkAcls?.defaultAction ?? 'Allow, no firewall' }, evidence };
  },
});
