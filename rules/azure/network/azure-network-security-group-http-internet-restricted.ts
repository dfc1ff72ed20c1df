import { evaluateExposure, exposureMessages } from '../../../src/engine/helpers/azure-nsg.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-security-group-http-internet-restricted',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.security-group',
  severity: 'medium',
  title: 'Network security groups do not allow HTTP(S) from the Internet',
  description:
    'Checks the inbound rules of the network security group the way Azure applies them (custom and default rules in priority order, first match wins) for an Allow that lets the whole Internet (source *, Any, Internet, 0.0.0.0/0 or ::/0) reach TCP port 80 or 443 and that no Deny of higher priority closes first. One finding per exposing rule. Not applicable to a group attached only to AzureBastionSubnet, which Azure Bastion requires to accept HTTPS from the Internet.',
  rationale:
    'Web ports opened straight to virtual machines bypass the web application firewall, TLS policy and DDoS protection that an Application Gateway or Front Door in front of them would apply.',
  remediation: {
    summary:
      'Remove the rule or narrow its source; publish web applications through an Application Gateway with WAF (or Azure Front Door) and allow only its subnet or service tag.',
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
  reads: ['securityRules', 'defaultSecurityRules', 'subnetIds'],
  messages: {
    ...exposureMessages('HTTP(S)'),
    bastion: 'Network security group {{name}} protects an Azure Bastion subnet, which must accept HTTPS from the Internet.',
  },
  evaluate(nsg) {
    const { subnetIds, networkInterfaceIds } = nsg.properties;
    const bastionOnly = subnetIds.length > 0 && networkInterfaceIds.length === 0 && subnetIds.every((s) => /\/subnets\/AzureBastionSubnet$/i.test(s));
    if (bastionOnly) return { status: 'NOT_APPLICABLE', messageId: 'bastion', evidence: { subnetIds } };
    return evaluateExposure(nsg, { service: 'HTTP(S)', protocol: 'tcp', ports: [80, 443] });
  },
});
