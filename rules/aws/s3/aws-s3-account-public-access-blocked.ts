import { defineRule } from '../../../src/engine/rule.js';
import type { PublicAccessBlock } from '../../../src/resources/aws/index.js';

const FLAGS: readonly (keyof PublicAccessBlock)[] = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'];

export default defineRule({
  id: 'aws-s3-account-public-access-blocked',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.account-public-access-block',
  severity: 'high',
  title: 'S3 Block Public Access is on for the whole account',
  description:
    'Checks that all four account-level S3 Block Public Access settings are true (s3control:GetPublicAccessBlock; NoSuchPublicAccessBlockConfiguration means none).',
  rationale: 'The account-level setting overrides every bucket: no new bucket, ACL or policy can make data public by accident.',
  remediation: {
    summary: 'Turn on all four Block Public Access settings for the account (after moving intentionally public content behind CloudFront).',
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    console: ['Open the S3 console and choose "Block Public Access settings for this account".', 'Choose Edit, select "Block all public access" and confirm.'],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
  ],
  messages: {
    blocked: 'Account {{account}} blocks public access to S3 with all four settings.',
    partial: 'Account {{account}} does not enable {{missing}} in its S3 Block Public Access settings.',
    none: 'Account {{account}} has no account-level S3 Block Public Access configuration.',
  },
  evaluate(resource) {
    const configuration = resource.properties.configuration;
    const data = { account: resource.account };
    if (configuration === null) return { status: 'FAIL', messageId: 'none', data, evidence: { configuration: null } };
    const missing = FLAGS.filter((f) => !configuration[f]);
    if (missing.length === 0) return { status: 'PASS', messageId: 'blocked', data, evidence: { configuration } };
    return { status: 'FAIL', messageId: 'partial', data: { ...data, missing: missing.join(', ') }, evidence: { configuration, missing } };
  },
});
