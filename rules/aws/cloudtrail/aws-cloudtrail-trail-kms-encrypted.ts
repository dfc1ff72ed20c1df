import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-cloudtrail-trail-kms-encrypted',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  severity: 'medium',
  title: 'CloudTrail logs are encrypted with a KMS key',
  description:
    'Checks that each trail the account owns encrypts its log files with a KMS key (SSE-KMS, KmsKeyId set). A key in another account still passes. Organization trails owned by another account are assessed there.',
  rationale:
    'With SSE-KMS, reading the logs needs kms:Decrypt on the key as well as S3 access, a second control over who can read API history; key use is itself logged.',
  remediation: {
    summary: 'Create a KMS key whose policy lets CloudTrail encrypt and your auditors decrypt, and configure the trail to use it.',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <kms-key-arn>',
    console: [
      'Open the CloudTrail console, choose Trails and the trail.',
      'Edit "General details", enable "Log file SSE-KMS encryption", choose or create the key and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2',
  ],
  reads: ['kmsKeyId', 'ownerAccountId'],
  messages: {
    encrypted: 'CloudTrail trail {{name}} encrypts its logs with KMS key {{key}}.',
    notEncrypted: 'CloudTrail trail {{name}} does not encrypt its logs with a KMS key.',
    otherOwner: 'CloudTrail trail {{name}} is an organization trail owned by account {{owner}}: assess it there.',
  },
  evaluate(trail) {
    const { kmsKeyId, ownerAccountId } = trail.properties;
    const evidence = { kmsKeyId, ownerAccountId };
    if (ownerAccountId !== trail.account) return { status: 'NOT_APPLICABLE', messageId: 'otherOwner', data: { owner: ownerAccountId }, evidence };
    return kmsKeyId !== null
      ? { status: 'PASS', messageId: 'encrypted', data: { key: kmsKeyId }, evidence }
      : { status: 'FAIL', messageId: 'notEncrypted', evidence };
  },
});
