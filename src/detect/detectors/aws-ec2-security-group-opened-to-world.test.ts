import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-security-group-opened-to-world.js';

const ingress = (request: Record<string, unknown>) =>
  ct({ eventName: 'AuthorizeSecurityGroupIngress', eventSource: 'ec2.amazonaws.com', request: { groupId: 'sg-1', ...request } });
const perm = (cidr: string, from: number, to: number, proto = 'tcp') => ({
  ipPermissions: { items: [{ ipProtocol: proto, fromPort: from, toPort: to, ipRanges: { items: [{ cidrIp: cidr }] } }] },
});
testDetector(detector, {
  valid: [
    { name: 'an office range', events: [ingress(perm('203.0.113.0/24', 22, 22))] },
    {
      name: 'another security group as source',
      events: [ingress({ ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, groups: { items: [{ groupId: 'sg-2' }] } }] } })],
    },
  ],
  invalid: [
    { name: 'SSH to the world', events: [ingress(perm('0.0.0.0/0', 22, 22))], messageId: 'opened', severity: 'high', explains: 'tcp/22' },
    {
      name: 'a /0 with host bits set still means anywhere',
      events: [ingress({ cidrIp: '10.1.2.3/0', fromPort: 3389, toPort: 3389, ipProtocol: 'tcp' })],
      messageId: 'opened',
      severity: 'high',
    },
    { name: 'HTTPS to the world is reported low', events: [ingress(perm('0.0.0.0/0', 443, 443))], messageId: 'opened', severity: 'low' },
    {
      name: 'all ports over IPv6',
      events: [ingress({ ipPermissions: { items: [{ ipProtocol: '-1', ipv6Ranges: { items: [{ cidrIpv6: '::/0' }] } }] } })],
      messageId: 'opened',
      severity: 'high',
      explains: 'all ports',
    },
  ],
});
