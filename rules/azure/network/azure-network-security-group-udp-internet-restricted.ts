import { evaluateExposure, exposureMessages } from '../../../src/engine/helpers/azure-nsg.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-security-group-udp-internet-restricted',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.security-group',
  severity: 'medium',
  title: 'Network security groups do not allow UDP from the Internet',
  description:
    'Checks the inbound rules of the network security group the way Azure applies them (custom and default rules in priority order, first match wins) for an Allow that lets the whole Internet (source *, Any, Internet, 0.0.0.0/0 or ::/0) reach any UDP port and that no Deny of higher priority closes first. One finding per exposing rule.',
  rationale:
    'UDP services exposed to the Internet (DNS, NTP, SNMP, SSDP, CLDAP, ...) are used to amplify distributed denial-of-service attacks and often leak information; few workloads need inbound UDP from everywhere.',
  remediation: {
    summary: 'Remove the rule or narrow its source and ports to the peers that need the UDP service.',
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
  messages: exposureMessages('UDP'),
  evaluate(nsg) {
    return evaluateExposure(nsg, { service: 'UDP', protocol: 'udp', ports: null });
  },
});
