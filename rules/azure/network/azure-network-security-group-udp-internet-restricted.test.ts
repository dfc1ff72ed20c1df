import { networkSecurityGroup, nsgRule } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-security-group-udp-internet-restricted.js';

const allow = (name: string, priority: number, source: string[], ports: string[], protocol = 'Udp') =>
  nsgRule({ name, priority, sourceAddressPrefixes: source, destinationPortRanges: ports, protocol });
const nsg = (...securityRules: ReturnType<typeof nsgRule>[]) => networkSecurityGroup('nsg-dns', { securityRules });

testRule(rule, {
  valid: [
    { name: 'TCP only', resource: networkSecurityGroup('nsg-dns'), messageId: 'restricted' },
    { name: 'DNS from the virtual network only', resource: nsg(allow('dns', 100, ['VirtualNetwork'], ['53'])) },
    { name: 'TCP 53 from the Internet is not UDP', resource: nsg(allow('dns-tcp', 100, ['*'], ['53'], 'Tcp')) },
    { name: 'ICMP from the Internet is not UDP', resource: nsg(allow('ping', 100, ['*'], ['*'], 'Icmp')) },
    { name: 'a Deny all UDP first', resource: nsg({ ...allow('deny-udp', 100, ['*'], ['*']), access: 'Deny' }, allow('ntp', 200, ['*'], ['123'])) },
  ],
  invalid: [
    { name: 'DNS from anywhere', resource: nsg(allow('dns', 100, ['*'], ['53'])), messageId: 'exposed', evidence: { exposedPorts: '53' } },
    { name: 'protocol * exposes UDP too', resource: nsg(allow('any', 100, ['Internet'], ['500-4500'], '*')), messageId: 'exposed' },
    {
      name: 'one finding per exposing rule',
      resource: nsg(allow('dns', 100, ['*'], ['53']), allow('ntp', 110, ['Internet'], ['123'])),
      messageId: 'exposed',
      failures: 2,
    },
    {
      name: 'a Deny on part of a range leaves the rest exposed',
      resource: nsg({ ...allow('deny-ntp', 100, ['*'], ['123']), access: 'Deny' }, allow('high', 200, ['*'], ['100-200'])),
      messageId: 'exposed',
      evidence: { exposedPorts: '100-122, 124-200' },
    },
  ],
});
