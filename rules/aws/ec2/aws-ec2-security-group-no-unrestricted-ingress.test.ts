import { securityGroup, sgRule } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-security-group-no-unrestricted-ingress.js';

const ANY4 = [{ cidr: '0.0.0.0/0', description: null }];
const ANY6 = [{ cidr: '::/0', description: null }];

testRule(rule, {
  valid: [
    { name: 'HTTPS from a private range', resource: securityGroup('sg-1'), messageId: 'restricted' },
    {
      name: 'database port from another security group',
      resource: securityGroup('sg-2', { ingress: [sgRule({ fromPort: 5432, toPort: 5432, ipv4Ranges: [], referencedGroupIds: ['sg-app'] })] }),
    },
    { name: 'egress to anywhere is not ingress', resource: securityGroup('sg-3', { ingress: [] }) },
    {
      name: 'a /1 is wide but not anywhere',
      resource: securityGroup('sg-4', { ingress: [sgRule({ ipv4Ranges: [{ cidr: '0.0.0.0/1', description: null }] })] }),
    },
  ],
  invalid: [
    { name: 'HTTPS from anywhere rates low', resource: securityGroup('sg-5', { ingress: [sgRule({ ipv4Ranges: ANY4 })] }), messageId: 'open', severity: 'low' },
    {
      name: 'SSH from anywhere rates high',
      resource: securityGroup('sg-6', { ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      severity: 'high',
    },
    {
      name: 'all traffic (-1) from ::/0 rates critical',
      resource: securityGroup('sg-7', { ingress: [sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: ANY6 })] }),
      messageId: 'open',
      severity: 'critical',
      findingKey: '-1:*-*:::/0',
    },
    {
      name: 'one rule open to both families yields one finding per range',
      resource: securityGroup('sg-8', { ingress: [sgRule({ fromPort: 443, toPort: 443, ipv4Ranges: ANY4, ipv6Ranges: ANY6 })] }),
      messageId: 'open',
      failures: 2,
    },
    {
      name: 'TCP 0-65535 rates critical',
      resource: securityGroup('sg-9', { ingress: [sgRule({ fromPort: 0, toPort: 65535, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      severity: 'critical',
    },
    {
      name: 'a range 80-443 is more than the web ports',
      resource: securityGroup('sg-10', { ingress: [sgRule({ fromPort: 80, toPort: 443, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      severity: 'medium',
    },
    {
      name: 'ICMP from anywhere rates low',
      resource: securityGroup('sg-11', { ingress: [sgRule({ ipProtocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      severity: 'low',
    },
    {
      name: 'another IP protocol (GRE) from anywhere rates medium',
      resource: securityGroup('sg-12', { ingress: [sgRule({ ipProtocol: '47', fromPort: null, toPort: null, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      severity: 'medium',
    },
  ],
});
