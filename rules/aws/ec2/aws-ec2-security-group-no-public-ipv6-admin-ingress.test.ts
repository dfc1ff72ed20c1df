import { securityGroup, sgRule } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-security-group-no-public-ipv6-admin-ingress.js';

const ANY4 = [{ cidr: '0.0.0.0/0', description: null }];
const ANY6 = [{ cidr: '::/0', description: null }];

testRule(rule, {
  valid: [
    { name: 'no IPv6 rules', resource: securityGroup('sg-1'), messageId: 'restricted' },
    {
      name: 'SSH from 0.0.0.0/0 is the IPv4 control, not this one',
      resource: securityGroup('sg-2', { ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: ANY4 })] }),
    },
    {
      name: 'SSH from a specific IPv6 range',
      resource: securityGroup('sg-3', {
        ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: [], ipv6Ranges: [{ cidr: '2001:db8::/48', description: null }] })],
      }),
    },
  ],
  invalid: [
    {
      name: 'RDP from ::/0',
      resource: securityGroup('sg-4', { ingress: [sgRule({ fromPort: 3389, toPort: 3389, ipv4Ranges: [], ipv6Ranges: ANY6 })] }),
      messageId: 'open',
      findingKey: 'tcp/3389/::/0',
    },
    {
      name: 'all traffic from ::/0',
      resource: securityGroup('sg-5', { ingress: [sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: ANY6 })] }),
      messageId: 'open',
      failures: 2,
    },
    {
      name: 'the zero address written out in full',
      resource: securityGroup('sg-6', {
        ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: [], ipv6Ranges: [{ cidr: '0:0:0:0:0:0:0:0/0', description: null }] })],
      }),
      messageId: 'open',
    },
  ],
});
