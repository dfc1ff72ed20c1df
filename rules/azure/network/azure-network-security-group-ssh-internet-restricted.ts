import { evaluateExposure, exposureMessages } from '../../../src/engine/helpers/azure-nsg.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-security-group-ssh-internet-restricted',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.security-group',
  severity: 'high',
  title: 'Network security groups do not allow SSH from the Internet',
  description:
    'Checks the inbound rules of the network security group the way Azure applies them (custom and default rules in priority order, first match wins) for an Allow that lets the whole Internet (source *, Any, Internet, 0.0.0.0/0 or ::/0) reach TCP port 22 and that no Deny of higher priority closes first. One finding per exposing rule.',
  rationale:
    'SSH exposed to the Internet is brute-forced continuously, and a weak or leaked key or an unpatched daemon then gives an attacker a shell inside your network.',
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
  messages: exposureMessages('SSH'),
  evaluate(nsg) {
    return evaluateExposure(nsg, { service: 'SSH', protocol: 'tcp', ports: [22] });
  },
});
