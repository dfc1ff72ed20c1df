import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-s3-bucket-mfa-delete-enabled',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  severity: 'low',
  title: 'S3 buckets have versioning with MFA delete enabled',
  description:
    'Checks that versioning is enabled and MFA delete is Enabled (s3:GetBucketVersioning), so deleting object versions or suspending versioning needs the root user MFA code.',
  rationale:
    'With MFA delete, stolen credentials alone cannot permanently destroy object versions or turn versioning off, which protects logs and backups against ransomware and cover-ups.',
  remediation: {
    summary: 'As the root user, with its MFA device, enable versioning with MFA delete (it cannot be done in the console or by IAM users).',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account>:mfa/root-account-mfa-device <code>"',
    console: ['MFA delete cannot be enabled in the console: run the CLI command with root user credentials and MFA, then delete the root access key.'],
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html'],
  reads: ['versioning'],
  messages: {
    enabled: 'S3 bucket {{name}} has MFA delete enabled.',
    disabled: 'S3 bucket {{name}} has versioning enabled but not MFA delete.',
    noVersioning: 'S3 bucket {{name}} does not have versioning enabled, so MFA delete is off.',
  },
  evaluate(bucket) {
    const { status, mfaDelete } = bucket.properties.versioning;
    const evidence = { versioning: status, mfaDelete };
    if (status !== 'Enabled') return { status: 'FAIL', messageId: 'noVersioning', evidence };
    return mfaDelete === 'Enabled' ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
