import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-efs-file-system-encrypted',
  provider: 'aws',
  service: 'efs',
  resourceType: 'aws.efs.file-system',
  severity: 'medium',
  title: 'EFS file systems are encrypted at rest',
  description: 'Checks that each EFS file system has encryption at rest enabled (efs:DescribeFileSystems Encrypted).',
  rationale:
    'Encryption at rest protects file data and its backups from anyone who obtains the underlying storage; it can only be chosen when the file system is created.',
  remediation: {
    summary: 'Create a new, encrypted file system, copy the data with AWS DataSync, switch the mount targets and delete the unencrypted one.',
    cli: 'aws efs create-file-system --encrypted --kms-key-id <kms-key-arn> --creation-token <token>',
    console: [
      'Open the EFS console and choose "Create file system", then Customize.',
      'Keep "Enable encryption of data at rest" selected, create it and migrate the data.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1',
  ],
  reads: ['encrypted', 'kmsKeyId'],
  messages: {
    encrypted: 'EFS file system {{name}} is encrypted at rest.',
    notEncrypted: 'EFS file system {{name}} is not encrypted at rest.',
  },
  evaluate(fs) {
    const evidence = { encrypted: fs.properties.encrypted, kmsKeyId: fs.properties.kmsKeyId };
    return fs.properties.encrypted ? { status: 'PASS', messageId: 'encrypted', evidence } : { status: 'FAIL', messageId: 'notEncrypted', evidence };
  },
});
