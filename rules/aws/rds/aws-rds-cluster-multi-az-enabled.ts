import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-rds-cluster-multi-az-enabled',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  severity: 'low',
  title: 'RDS and Aurora clusters span several Availability Zones',
  description:
    'Evidence for the manual CIS control on RDS availability: checks that each DB cluster reports MultiAZ (instances in more than one Availability Zone).',
  rationale: 'A cluster whose instances all sit in one Availability Zone has no replica to fail over to when that zone is impaired.',
  remediation: {
    summary: 'Add a reader instance in another Availability Zone (Aurora), or create the Multi-AZ DB cluster with instances in three zones.',
    cli: 'aws rds create-db-instance --db-instance-identifier <cluster>-reader --db-cluster-identifier <cluster> --engine <engine> --db-instance-class <class> --availability-zone <other-az>',
    console: ['Open the RDS console, choose the cluster and then Actions, "Add reader".', 'Pick an Availability Zone different from the writer and create it.'],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-15',
  ],
  reads: ['multiAZ'],
  messages: {
    multiAz: 'RDS cluster {{name}} spans several Availability Zones.',
    singleAz: 'RDS cluster {{name}} runs in a single Availability Zone.',
  },
  evaluate(cluster) {
    const evidence = { multiAZ: cluster.properties.multiAZ, engine: cluster.properties.engine };
    return cluster.properties.multiAZ ? { status: 'PASS', messageId: 'multiAz', evidence } : { status: 'FAIL', messageId: 'singleAz', evidence };
  },
});
