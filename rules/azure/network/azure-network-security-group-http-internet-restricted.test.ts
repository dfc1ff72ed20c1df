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
    {
      name: 'a group shared by the Bastion subnet and another subnet is assessed',
      resource: networkSecurityGroup('nsg-shared', {
        subnetIds: ['/x/virtualNetworks/v/subnets/AzureBastionSubnet', '/x/virtualNetworks/v/subnets/snet-web'],
        securityRules: [allow('https', 100, ['Internet'], ['443'])],
      }),
      messageId: 'exposed',
    },
    { name: 'a wide range from 1 to 1024', resource: nsg(allow('low-ports', 100, ['*'], ['1-1024'])), messageId: 'exposed' },
  ],
  notApplicable: [
    {
      name: 'the Azure Bastion subnet must accept HTTPS from the Internet',
      resource: networkSecurityGroup('nsg-bastion', {
        subnetIds: ['/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/AzureBastionSubnet'],
        securityRules: [allow('https', 100, ['Internet'], ['443'])],
      }),
      messageId: 'bastion',
    },
  ],
});
