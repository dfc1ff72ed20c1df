import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-ec2-volume-encrypted',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.volume',
  severity: 'medium',
  title: 'EBS volumes are encrypted',
  description:
    'Checks that each EBS volume is encrypted. Volumes created before encryption by default was turned on stay unencrypted until they are re-created.',
  rationale: 'Unencrypted volumes and their snapshots expose data to anyone who gets a copy, including through an accidentally shared snapshot.',
  remediation: {
    summary:
      'Snapshot the volume, copy the snapshot with encryption, create a volume from the copy and swap it in; turn on encryption by default to stop new ones.',
    cli: 'aws ec2 create-snapshot --volume-id <volume-id> && aws ec2 copy-snapshot --source-snapshot-id <snapshot-id> --source-region <region> --encrypted --kms-key-id <kms-key-arn>',
    console: [
      'Open the EC2 console, choose Volumes and the volume, then "Create snapshot".',
      'Copy the snapshot with "Encrypt this snapshot", create a volume from it and replace the old volume.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
  ],
  reads: ['encrypted', 'kmsKeyId', 'state'],
  messages: {
    encrypted: 'EBS volume {{name}} is encrypted.',
    notEncrypted: 'EBS volume {{name}} is not encrypted.',
  },
  evaluate(volume) {
    const evidence = { encrypted: volume.properties.encrypted, kmsKeyId: volume.properties.kmsKeyId, state: volume.properties.state };
    return volume.properties.encrypted ? { status: 'PASS', messageId: 'encrypted', evidence } : { status: 'FAIL', messageId: 'notEncrypted', evidence };
  },
});
