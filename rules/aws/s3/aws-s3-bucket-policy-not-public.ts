import { resourcePolicyOutcome } from '../../../src/engine/helpers/iam-policy.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-s3-bucket-policy-not-public',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  severity: 'high',
  title: 'S3 bucket policies do not allow access to everyone',
  description:
    'Checks that the bucket policy has no statement allowing "Principal": "*" without a condition that restricts the caller. Where S3 reported its own evaluation (GetBucketPolicyStatus IsPublic), that verdict is used.',
  rationale: 'A wildcard principal in a bucket policy exposes objects to every AWS account and, without Block Public Access, to the anonymous internet.',
  remediation: {
    summary:
      'Remove the wildcard statement or restrict it (aws:SourceVpce, aws:PrincipalOrgID, aws:SourceArn); serve public content through CloudFront with origin access control instead.',
    cli: 'aws s3api get-bucket-policy --bucket <bucket> && aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
    console: [
      'Open the S3 console and choose the bucket.',
      'On Permissions, edit the bucket policy: remove or restrict statements whose principal is *, and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
  ],
  reads: ['policy', 'policyIsPublic'],
  messages: {
    noPolicy: 'S3 bucket {{name}} has no bucket policy.',
    restricted: 'S3 bucket {{name}} grants access only to named principals or under conditions that restrict the caller.',
    public: 'S3 bucket {{name}} allows {{actions}} to any principal.',
  },
  evaluate(bucket) {
    return resourcePolicyOutcome(bucket.properties.policy, bucket.properties.policyIsPublic);
  },
});
