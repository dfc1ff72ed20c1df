import { networkSecurityGroup, nsgRule } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-security-group-rdp-internet-restricted.js';

const allow = (name: string, priority: number, source: string[], ports: string[], protocol = 'Tcp') =>
  nsgRule({ name, priority, sourceAddressPrefixes: source, destinationPortRanges: ports, protocol });
const deny = (name: string, priority: number, source: string[], ports: string[], protocol = '*') => ({
  ...allow(name, priority, source, ports, protocol),
  access: 'Deny',
});
const nsg = (...securityRules: ReturnType<typeof nsgRule>[]) => networkSecurityGroup('nsg-app', { securityRules });

testRule(rule, {
  valid: [
    { name: 'HTTPS from a private range only (default rules deny the rest)', resource: networkSecurityGroup('nsg-app'), messageId: 'restricted' },
    { name: 'RDP from the corporate range', resource: nsg(allow('rdp-office', 100, ['203.0.113.0/24'], ['3389'])) },
    { name: 'RDP from the VirtualNetwork tag', resource: nsg(allow('rdp-vnet', 100, ['VirtualNetwork'], ['3389'])) },
    {
      name: 'a Deny from anywhere at a higher priority shadows the Allow',
      resource: nsg(deny('deny-rdp', 100, ['*'], ['3389']), allow('rdp-any', 200, ['*'], ['3389'])),
    },
    {
      name: 'a Deny on a port range covering 3389 shadows an Allow on all ports',
      resource: nsg(deny('deny-admin', 100, ['Internet'], ['3000-4000']), allow('all-tcp', 300, ['Internet'], ['1-5000'])),
    },
    { name: 'an Allow from the Internet for UDP 3389 is not RDP over TCP', resource: nsg(allow('udp', 100, ['*'], ['3389'], 'Udp')) },
    { name: 'an outbound Allow does not expose RDP', resource: nsg({ ...allow('out', 100, ['*'], ['3389']), direction: 'Outbound' }) },
    {
      name: 'an application security group as source is not the Internet',
      resource: nsg({ ...allow('asg', 100, [], ['3389']), sourceApplicationSecurityGroupIds: ['/subscriptions/x/applicationSecurityGroups/asg-admins'] }),
    },
    {
      name: 'a Deny on 3389 keeps RDP closed even when a later Allow opens the range around it',
      resource: nsg(deny('deny-rdp', 100, ['*'], ['3389']), allow('range', 200, ['*'], ['3000-4000']), allow('rdp-late', 300, ['*'], ['3389'])),
    },
  ],
  invalid: [
    {
      name: "source '*'",
      resource: nsg(allow('rdp-any', 100, ['*'], ['3389'])),
      messageId: 'exposed',
      findingKey: 'rdp-any',
      evidence: { rule: 'rdp-any', exposedPorts: '3389' },
    },
    { name: "source 'Internet'", resource: nsg(allow('rdp-internet', 100, ['Internet'], ['3389'])), messageId: 'exposed' },
    { name: "source 'Any' as the portal shows it", resource: nsg(allow('rdp-any-word', 100, ['Any'], ['3389'])), messageId: 'exposed' },
    { name: 'source 0.0.0.0/0', resource: nsg(allow('rdp-cidr', 100, ['0.0.0.0/0'], ['3389'])), messageId: 'exposed' },
    { name: 'IPv6 ::/0', resource: nsg(allow('rdp-v6', 100, ['::/0'], ['3389'])), messageId: 'exposed' },
    {
      name: 'a port range that includes 3389',
      resource: nsg(allow('range', 100, ['*'], ['3000-4000'])),
      messageId: 'exposed',
      evidence: { exposedPorts: '3000-4000' },
    },
    { name: 'a port list that includes 3389', resource: nsg(allow('list', 100, ['*'], ['22', '3389', '5985'])), messageId: 'exposed' },
    { name: 'all ports and any protocol', resource: nsg(allow('any-any', 4000, ['*'], ['*'], '*')), messageId: 'exposed' },
    {
      name: 'an Allow of higher priority wins over a later Deny',
      resource: nsg(allow('rdp-any', 100, ['*'], ['3389']), deny('deny-rdp', 200, ['*'], ['3389'])),
      messageId: 'exposed',
    },
    {
      name: 'a Deny for one CIDR does not close RDP for the rest of the Internet',
      resource: nsg(deny('deny-bad', 100, ['198.51.100.0/24'], ['3389']), allow('rdp-any', 200, ['*'], ['3389'])),
      messageId: 'exposed',
    },
    {
      name: 'the first matching Allow decides: a later Allow on the same port is shadowed, not reported again',
      resource: nsg(allow('a', 100, ['*'], ['3389']), allow('b', 110, ['Internet'], ['3380-3390'])),
      messageId: 'exposed',
      findingKey: 'a',
      failures: 1,
    },
  ],
});
