import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-default-network-access-denied',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: 'Storage account firewalls deny access by default (default network access rule is Deny)',
  description:
    "Checks networkAcls.defaultAction. 'Deny' passes whatever the bypass list (trusted Azure services, logging, metrics) and the IP or virtual network rules allow; an account with public network access disabled passes too, as its firewall no longer applies.",
  rationale:
    "With the default action 'Allow', the storage firewall admits every network, so the account is reachable from the whole Internet by anyone holding a key or token.",
  remediation: {
    summary: 'Allow the networks that need the account (virtual network and IP rules), then set the default action to Deny.',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --default-action Deny',
    console: [
      'Open the storage account and choose Security + networking > Networking.',
      'Under "Public network access", choose "Enabled from selected virtual networks and IP addresses", add the networks that need access and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security#change-the-default-network-access-rule'],
  reads: ['networkRuleSet', 'publicNetworkAccess'],
  messages: {
    denied: 'Storage account {{name}} denies network access by default (bypass: {{bypass}}).',
    publicDisabled: 'Storage account {{name}} has public network access disabled, so its firewall default does not apply.',
    allowed: 'Storage account {{name}} allows access from all networks by default.',
  },
  evaluate(account) {
    const { networkRuleSet, publicNetworkAccess } = account.properties;
    const evidence = {
      defaultAction: networkRuleSet.defaultAction,
      bypass: networkRuleSet.bypass,
      ipRules: networkRuleSet.ipRules.length,
      publicNetworkAccess,
    };
    if (networkRuleSet.defaultAction.toLowerCase() === 'deny') {
      return { status: 'PASS', messageId: 'denied', data: { bypass: networkRuleSet.bypass.join(', ') || 'None' }, evidence };
    }
    if (publicNetworkAccess?.toLowerCase() === 'disabled') return { status: 'PASS', messageId: 'publicDisabled', evidence };
    return { status: 'FAIL', messageId: 'allowed', evidence };
  },
});
