import { route, routeTable } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-route-table-peering-routes-least-access.js';

const local = route();
const peer = (cidr: string | null, ipv6: string | null = null) =>
  route({ destinationCidrBlock: cidr, destinationIpv6CidrBlock: ipv6, gatewayId: null, vpcPeeringConnectionId: 'pcx-0a1b2c3d' });

testRule(rule, {
  valid: [
    { name: 'a route to one peer subnet', resource: routeTable('rtb-1', { routes: [local, peer('10.1.4.0/24')] }), messageId: 'leastAccess' },
    { name: 'a route to the whole peer VPC /16', resource: routeTable('rtb-2', { routes: [local, peer('10.1.0.0/16')] }) },
    { name: 'an IPv6 route to the peer /56', resource: routeTable('rtb-3', { routes: [local, peer(null, '2600:1f18:abcd:ef00::/56')] }) },
  ],
  invalid: [
    { name: 'a default route through the peering', resource: routeTable('rtb-4', { routes: [local, peer('0.0.0.0/0')] }), messageId: 'broad' },
    { name: 'a /8 supernet through the peering', resource: routeTable('rtb-5', { routes: [local, peer('10.0.0.0/8')] }), messageId: 'broad' },
    { name: 'an IPv6 default route through the peering', resource: routeTable('rtb-6', { routes: [local, peer(null, '::/0')] }), messageId: 'broad' },
  ],
  notApplicable: [
    {
      name: 'no peering routes, only an internet gateway',
      resource: routeTable('rtb-7', { routes: [local, route({ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' })] }),
      messageId: 'noPeering',
    },
  ],
});
