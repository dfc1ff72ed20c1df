import { securityGroup, sgRule } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-security-group-no-public-ipv4-admin-ingress.js';

const ANY4 = [{ cidr: '0.0.0.0/0', description: null }];
const ANY6 = [{ cidr: '::/0', description: null }];

testRule(rule, {
  valid: [
    { name: 'HTTPS from a private range', resource: securityGroup('sg-1'), messageId: 'restricted' },
    { name: 'HTTPS from anywhere is not an admin port', resource: securityGroup('sg-2', { ingress: [sgRule({ ipv4Ranges: ANY4 })] }) },
    {
      name: 'SSH from a corporate range',
      resource: securityGroup('sg-3', { ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '203.0.113.0/24', description: 'office' }] })] }),
    },
    {
      name: 'SSH from ::/0 is the IPv6 control, not this one',
      resource: securityGroup('sg-4', { ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: [], ipv6Ranges: ANY6 })] }),
    },
    {
      name: 'UDP 3389 is not the TCP admin port',
      resource: securityGroup('sg-5', { ingress: [sgRule({ ipProtocol: 'udp', fromPort: 3389, toPort: 3389, ipv4Ranges: ANY4 })] }),
    },
    { name: 'ICMP from anywhere', resource: securityGroup('sg-6', { ingress: [sgRule({ ipProtocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: ANY4 })] }) },
  ],
  invalid: [
    {
      name: 'SSH from 0.0.0.0/0',
      resource: securityGroup('sg-7', { ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      findingKey: 'tcp/22/0.0.0.0/0',
      failures: 1,
    },
    {
      name: 'all traffic (-1) opens both SSH and RDP',
      resource: securityGroup('sg-8', { ingress: [sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      failures: 2,
    },
    {
      name: 'a port range containing 3389',
      resource: securityGroup('sg-9', { ingress: [sgRule({ fromPort: 3000, toPort: 4000, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      findingKey: 'tcp/3389/0.0.0.0/0',
    },
    {
      name: 'protocol number 6 for TCP',
      resource: securityGroup('sg-10', { ingress: [sgRule({ ipProtocol: '6', fromPort: 22, toPort: 22, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
    },
    {
      name: 'an unattached group is still reported',
      resource: securityGroup('sg-11', { attachedInterfaceCount: 0, ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      evidence: { attachedInterfaceCount: 0 },
    },
  ],
});
