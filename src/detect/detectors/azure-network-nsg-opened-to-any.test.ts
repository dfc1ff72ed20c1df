import { az } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-network-nsg-opened-to-any.js';

const rule = (source: string, access = 'Allow', direction = 'Inbound') =>
  az({
    operation: 'Microsoft.Network/networkSecurityGroups/securityRules/write',
    resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/web/securityRules/r1',
    requestBody: { properties: { access, direction, sourceAddressPrefix: source, destinationPortRange: '3389', protocol: 'Tcp', priority: 100 } },
  });
testDetector(detector, {
  valid: [
    { name: 'an office range', events: [rule('203.0.113.0/24')] },
    { name: 'a deny rule from anywhere', events: [rule('*', 'Deny')] },
    { name: 'outbound to anywhere', events: [rule('*', 'Allow', 'Outbound')] },
    { name: 'a write whose body was not logged', events: [az({ operation: 'Microsoft.Network/networkSecurityGroups/write' })] },
  ],
  invalid: [
    { name: 'RDP from any source', events: [rule('*')], messageId: 'opened', explains: 'on 3389' },
    { name: 'from Internet', events: [rule('Internet')], messageId: 'opened' },
    { name: 'an NSG deleted', events: [az({ operation: 'Microsoft.Network/networkSecurityGroups/delete' })], messageId: 'removed', severity: 'medium' },
  ],
});
