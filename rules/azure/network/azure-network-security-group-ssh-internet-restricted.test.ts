import { networkSecurityGroup, nsgRule } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-security-group-ssh-internet-restricted.js';

const allow = (name: string, priority: number, source: string[], ports: string[], protocol = 'Tcp') =>
  nsgRule({ name, priority, sourceAddressPrefixes: source, destinationPortRanges: ports, protocol });
const nsg = (...securityRules: ReturnType<typeof nsgRule>[]) => networkSecurityGroup('nsg-linux', { securityRules });

testRule(rule, {
  valid: [
    { name: 'no SSH rule (default DenyAllInBound)', resource: networkSecurityGroup('nsg-linux'), messageId: 'restricted' },
    { name: 'SSH from the Bastion subnet', resource: nsg(allow('ssh-bastion', 100, ['10.0.254.0/26'], ['22'])) },
    {
      name: 'a Deny from the Internet first',
      resource: nsg({ ...allow('deny-ssh', 100, ['Internet'], ['22'], '*'), access: 'Deny' }, allow('ssh', 200, ['*'], ['22'])),
    },
    { name: 'a range ending below 22', resource: nsg(allow('low', 100, ['*'], ['1-21'])) },
  ],
  invalid: [
    { name: 'SSH from anywhere', resource: nsg(allow('ssh', 100, ['*'], ['22'])), messageId: 'exposed', findingKey: 'ssh' },
    { name: 'a range starting at 22', resource: nsg(allow('range', 100, ['Internet'], ['22-25'])), messageId: 'exposed', evidence: { exposedPorts: '22-25' } },
    { name: 'protocol * covers TCP', resource: nsg(allow('any', 100, ['0.0.0.0/0'], ['22'], '*')), messageId: 'exposed' },
    { name: 'one of several sources is the Internet', resource: nsg(allow('mixed', 100, ['10.0.0.0/8', 'Internet'], ['22'])), messageId: 'exposed' },
  ],
});
