import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-rds-instance-not-publicly-accessible',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  severity: 'high',
  title: 'RDS instances are not publicly accessible',
  description: 'Checks that PubliclyAccessible is false on each RDS DB instance, so its endpoint does not resolve to a public IP address.',
  rationale:
    'A publicly accessible database is one security group rule away from the internet, where database ports are scanned and brute-forced continuously.',
  remediation: {
    summary: 'Turn off public accessibility and reach the database from inside the VPC (application subnets, VPN, Session Manager port forwarding).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --no-publicly-accessible --apply-immediately',
    console: [
      'Open the RDS console, choose Databases and the instance, then Modify.',
      'Under Connectivity, Additional configuration, choose "Not publicly accessible" and apply.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2',
  ],
  reads: ['publiclyAccessible'],
  messages: {
    private: 'RDS instance {{name}} is not publicly accessible.',
    public: 'RDS instance {{name}} is publicly accessible.',
  },
  evaluate(instance) {
    const evidence = { publiclyAccessible: instance.properties.publiclyAccessible, vpcSecurityGroupIds: instance.properties.vpcSecurityGroupIds };
    return instance.properties.publiclyAccessible ? { status: 'FAIL', messageId: 'public', evidence } : { status: 'PASS', messageId: 'private', evidence };
  },
});
