import { rdsInstance } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-rds-instance-not-publicly-accessible.js';

testRule(rule, {
  valid: [{ name: 'private instance', resource: rdsInstance('db1'), messageId: 'private', evidence: { publiclyAccessible: false } }],
  invalid: [
    { name: 'publicly accessible', resource: rdsInstance('db2', { publiclyAccessible: true }), messageId: 'public' },
    {
      name: 'publicly accessible even with no security group yet',
      resource: rdsInstance('db3', { publiclyAccessible: true, vpcSecurityGroupIds: [] }),
      messageId: 'public',
    },
  ],
});
