import { deniesInsecureTransport } from '../../../src/engine/helpers/iam-policy.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-s3-bucket-secure-transport-enforced',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  severity: 'medium',
  title: 'S3 bucket policies deny requests over plain HTTP',
  description:
    'Checks that the bucket policy denies every principal S3 actions on the bucket and its objects when aws:SecureTransport is false (a Deny statement with "Bool": {"aws:SecureTransport": "false"}).',
  rationale:
    'S3 accepts HTTP requests unless the bucket policy refuses them; data and credentials-signed requests then travel unencrypted and can be read or replayed on the network path.',
  remediation: {
    summary:
      'Add a Deny statement for Principal "*", Action "s3:*", Resource the bucket and "bucket/*", with the condition "Bool": {"aws:SecureTransport": "false"}.',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'',
    console: [
      'Open the S3 console, choose the bucket and the Permissions tab.',
      'Edit the bucket policy, add the DenyInsecureTransport statement (merge it with existing statements) and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
  ],
  reads: ['policy'],
  messages: {
    enforced: 'S3 bucket {{name}} denies requests that do not use HTTPS.',
    notEnforced: 'S3 bucket {{name}} has no bucket policy statement denying requests over HTTP.',
    noPolicy: 'S3 bucket {{name}} has no bucket policy, so requests over HTTP are accepted.',
  },
  evaluate(bucket) {
    const policy = bucket.properties.policy;
    if (policy === null) return { status: 'FAIL', messageId: 'noPolicy', evidence: { policy: null } };
    const arn = bucket.id.startsWith('arn:') ? bucket.id : `arn:aws:s3:::${bucket.properties.name}`;
    const evidence = { statements: policy.Statement.filter((s) => s.Effect === 'Deny') };
    return deniesInsecureTransport(policy, arn) ? { status: 'PASS', messageId: 'enforced', evidence } : { status: 'FAIL', messageId: 'notEnforced', evidence };
  },
});
