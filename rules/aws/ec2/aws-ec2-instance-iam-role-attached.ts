import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-ec2-instance-iam-role-attached',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  severity: 'low',
  title: 'EC2 instances use an IAM instance profile for AWS access',
  description:
    'Checks that every running or stopped EC2 instance has an IAM instance profile, so software on it gets temporary role credentials instead of stored access keys.',
  rationale:
    'Instances without a role tend to get long-lived access keys copied onto disk or into user data, where anyone with access to the instance or an image can take them.',
  remediation: {
    summary:
      'Create a role with the permissions the workload needs and attach it to the instance as an instance profile; remove any access keys stored on the instance.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<instance-profile>',
    console: ['Open the EC2 console and select the instance.', 'Choose Actions, Security, "Modify IAM role", pick the role and save.'],
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html'],
  reads: ['iamInstanceProfileArn', 'state'],
  messages: {
    attached: 'EC2 instance {{name}} uses instance profile {{profile}}.',
    missing: 'EC2 instance {{name}} has no IAM instance profile.',
    terminated: 'EC2 instance {{name}} is terminated.',
  },
  evaluate(instance) {
    const { iamInstanceProfileArn, state } = instance.properties;
    const evidence = { iamInstanceProfileArn, state };
    if (state === 'terminated' || state === 'shutting-down') return { status: 'NOT_APPLICABLE', messageId: 'terminated', evidence };
    if (iamInstanceProfileArn === null) return { status: 'FAIL', messageId: 'missing', evidence };
    return { status: 'PASS', messageId: 'attached', data: { profile: iamInstanceProfileArn.split('/').pop() ?? iamInstanceProfileArn }, evidence };
  },
});
