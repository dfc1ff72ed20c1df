import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-rds-instance-multi-az-enabled',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  severity: 'low',
  title: 'RDS instances use Multi-AZ deployments',
  description:
    'Evidence for the manual CIS control on RDS availability: checks that each standalone DB instance is a Multi-AZ deployment. Instances that belong to a cluster (Aurora, Multi-AZ DB clusters) are assessed on the cluster.',
  rationale:
    'A Multi-AZ instance fails over to a standby in another Availability Zone within minutes; a single-AZ instance is down until the zone recovers or a restore completes.',
  remediation: {
    summary:
      'Convert the instance to a Multi-AZ deployment (a standby is created; expect a short performance impact), or document why a single AZ is acceptable.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --multi-az --apply-immediately',
    console: [
      'Open the RDS console, choose Databases and the instance, then Modify.',
      'Under "Availability and durability", choose "Create a standby instance" and apply.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-5',
  ],
  reads: ['multiAZ', 'dbClusterIdentifier'],
  messages: {
    multiAz: 'RDS instance {{name}} is a Multi-AZ deployment.',
    singleAz: 'RDS instance {{name}} runs in a single Availability Zone.',
    clusterMember: 'RDS instance {{name}} belongs to cluster {{cluster}}, whose availability is assessed on the cluster.',
  },
  evaluate(instance) {
    const { multiAZ, dbClusterIdentifier } = instance.properties;
    const evidence = { multiAZ, dbClusterIdentifier };
    if (dbClusterIdentifier !== null) return { status: 'NOT_APPLICABLE', messageId: 'clusterMember', data: { cluster: dbClusterIdentifier }, evidence };
    return multiAZ ? { status: 'PASS', messageId: 'multiAz', evidence } : { status: 'FAIL', messageId: 'singleAz', evidence };
  },
});
