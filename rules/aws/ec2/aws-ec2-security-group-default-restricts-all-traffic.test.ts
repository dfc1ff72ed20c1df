import { securityGroup, sgRule } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-security-group-default-restricts-all-traffic.js';

testRule(rule, {
  valid: [{ name: 'default group emptied', resource: securityGroup('sg-d1', { groupName: 'default', ingress: [], egress: [] }), messageId: 'restricted' }],
  invalid: [
    {
      name: 'the default rules AWS creates (self-referencing ingress, all egress)',
      resource: securityGroup('sg-d2', {
        groupName: 'default',
        ingress: [sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], referencedGroupIds: ['sg-d2'] })],
      }),
      messageId: 'open',
      evidence: { groupName: 'default' },
    },
    { name: 'egress only left in place', resource: securityGroup('sg-d3', { groupName: 'default', ingress: [] }), messageId: 'open' },
    {
      name: 'an unused default group is still checked',
      resource: securityGroup('sg-d4', { groupName: 'default', egress: [], attachedInterfaceCount: 0 }),
      messageId: 'open',
    },
  ],
  notApplicable: [
    { name: 'a custom group with rules', resource: securityGroup('sg-app', { groupName: 'app' }), messageId: 'notDefault' },
    { name: 'a custom group named like the default but not equal', resource: securityGroup('sg-x', { groupName: 'default-web' }) },
  ],
});
