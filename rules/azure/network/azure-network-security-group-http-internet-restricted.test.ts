import { networkSecurityGroup, nsgRule } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-security-group-http-internet-restricted.js';

const allow = (name: string, priority: number, source: string[], ports: string[], protocol = 'Tcp') =>
  nsgRule({ name, priority, sourceAddressPrefixes: source, destinationPortRanges: ports, protocol });
const nsg = (...securityRules: ReturnType<typeof nsgRule>[]) => networkSecurityGroup('nsg-web', { securityRules });

testRule(rule, {
  valid: [
    { name: 'HTTPS from a private range', resource: networkSecurityGroup('nsg-web'), messageId: 'restricted' },
    { name: 'HTTPS from the Application Gateway subnet', resource: nsg(allow('from-agw', 100, ['10.0.2.0/24'], ['443'])) },
    { name: 'the GatewayManager tag is not the Internet', resource: nsg(allow('agw-v2', 100, ['GatewayManager'], ['65200-65535'])) },
  ],
  invalid: [
    { name: 'HTTPS from anywhere', resource: nsg(allow('https', 100, ['*'], ['443'])), messageId: 'exposed', findingKey: 'https' },
    { name: 'HTTP from the Internet tag', resource: nsg(allow('http', 100, ['Internet'], ['80'])), messageId: 'exposed' },
    { name: 'both ports in one rule', resource: nsg(allow('web', 100, ['0.0.0.0/0'], ['80', '443'])), messageId: 'exposed', failures: 1 },
    { name: 'a wide range from 1 to 1024', resource: nsg(allow('low-ports', 100, ['*'], ['1-1024'])), messageId: 'exposed' },
  ],
});
