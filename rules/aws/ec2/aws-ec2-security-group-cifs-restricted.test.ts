import { securityGroup, sgRule } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-security-group-cifs-restricted.js';

const ANY4 = [{ cidr: '0.0.0.0/0', description: null }];
const ANY6 = [{ cidr: '::/0', description: null }];

testRule(rule, {
  valid: [
    { name: 'SMB from the VPC only', resource: securityGroup('sg-1', { ingress: [sgRule({ fromPort: 445, toPort: 445 })] }), messageId: 'restricted' },
    {
      name: 'SMB from another security group',
      resource: securityGroup('sg-2', { ingress: [sgRule({ fromPort: 445, toPort: 445, ipv4Ranges: [], referencedGroupIds: ['sg-app'] })] }),
    },
  ],
  invalid: [
    {
      name: 'TCP 445 from 0.0.0.0/0',
      resource: securityGroup('sg-3', { ingress: [sgRule({ fromPort: 445, toPort: 445, ipv4Ranges: ANY4 })] }),
      messageId: 'open',
      findingKey: 'tcp/445/0.0.0.0/0',
    },
    {
      name: 'NetBIOS 139 from ::/0',
      resource: securityGroup('sg-4', { ingress: [sgRule({ fromPort: 139, toPort: 139, ipv4Ranges: [], ipv6Ranges: ANY6 })] }),
      messageId: 'open',
      findingKey: 'tcp/139/::/0',
    },
    {
      name: 'a range 0-1024 from both families: four findings',
      resource: securityGroup('sg-5', { ingress: [sgRule({ fromPort: 0, toPort: 1024, ipv4Ranges: ANY4, ipv6Ranges: ANY6 })] }),
      messageId: 'open',
      failures: 4,
    },
  ],
});
