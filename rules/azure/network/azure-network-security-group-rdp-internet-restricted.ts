import { evaluateExposure, exposureMessages } from '../../../src/engine/helpers/azure-nsg.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-security-group-rdp-internet-restricted',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.security-group',
  severity: 'high',
  title: 'Network security groups do not allow RDP from the Internet',
  description:
    'Checks the inbound rules of the network security group the way Azure applies them (custom and default rules in priority order, first match wins) for an Allow that lets the whole Internet (source *, Any, Internet, 0.0.0.0/0 or ::/0) reach TCP port 3389 and that no Deny of higher priority closes first. One finding per exposing rule.',
  rationale:
    'RDP exposed to the Internet is scanned within minutes and brute-forced or exploited (BlueKeep and its successors); it is one of the most common ways into Azure virtual machines.',
  remediation: {
    summary:
      'Remove the rule or narrow its source to known addresses; for administration, use Azure Bastion or just-in-time VM access instead of an open port.',
    cli: 'az network nsg rule update --resource-group <resource-group> --nsg-name <nsg> --name <rule> --source-address-prefixes <trusted-cidr>',
    console: [
      'Open the network security group and choose Settings > Inbound security rules.',
      'Select the rule, then delete it or replace its source with the addresses that need access, and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules',
    'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices',
  ],
  reads: ['securityRules', 'defaultSecurityRules'],
  messages: exposureMessages('RDP'),
  evaluate(nsg) {
    return evaluateExposure(nsg, { service: 'RDP', protocol: 'tcp', ports: [3389] });
  },
});
