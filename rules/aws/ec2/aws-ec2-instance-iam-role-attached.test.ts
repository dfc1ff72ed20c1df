import { ec2Instance } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-instance-iam-role-attached.js';

testRule(rule, {
  valid: [
    { name: 'running instance with a profile', resource: ec2Instance('i-0aaa'), messageId: 'attached' },
    { name: 'stopped instance with a profile', resource: ec2Instance('i-0bbb', { state: 'stopped' }) },
  ],
  invalid: [
    {
      name: 'running without a profile',
      resource: ec2Instance('i-0ccc', { iamInstanceProfileArn: null }),
      messageId: 'missing',
      evidence: { iamInstanceProfileArn: null },
    },
    {
      name: 'stopped without a profile (it will start again)',
      resource: ec2Instance('i-0ddd', { state: 'stopped', iamInstanceProfileArn: null }),
      messageId: 'missing',
    },
  ],
  notApplicable: [{ name: 'terminated', resource: ec2Instance('i-0eee', { state: 'terminated', iamInstanceProfileArn: null }), messageId: 'terminated' }],
});
