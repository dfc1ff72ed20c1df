import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-rds-instance-storage-encrypted',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  severity: 'high',
  title: 'RDS instances encrypt their storage at rest',
  description: 'Checks that each RDS DB instance has storage encryption enabled.',
  rationale:
    'Unencrypted storage exposes database contents, snapshots and read replicas to anyone who obtains the underlying volumes or a shared snapshot. Encryption cannot be turned on for an existing instance, so it must be chosen at creation.',
  remediation: {
    summary:
      'Encryption cannot be enabled in place: take a snapshot, copy it with encryption enabled, restore a new instance from the encrypted copy and switch clients over.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <kms-key-arn>',
    console: [
      'In the RDS console, take a snapshot of the instance.',
      'Copy the snapshot and select "Enable encryption" with a KMS key.',
      'Restore a new DB instance from the encrypted snapshot and point applications to it.',
    ],
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
  reads: ['storageEncrypted', 'kmsKeyId'],
  messages: {
    encrypted: 'RDS instance {{name}} encrypts its storage at rest.',
    notEncrypted: 'RDS instance {{name}} does not encrypt its storage at rest.',
  },
  evaluate(instance) {
    const evidence = { storageEncrypted: instance.properties.storageEncrypted, kmsKeyId: instance.properties.kmsKeyId };
    return instance.properties.storageEncrypted
      ? { status: 'PASS', messageId: 'encrypted', evidence }
      : { status: 'FAIL', messageId: 'notEncrypted', evidence };
  },
});
