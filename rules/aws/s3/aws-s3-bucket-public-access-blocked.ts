import { publicStatements } from '../../../src/engine/helpers/iam-policy.js';
import { defineRule } from '../../../src/engine/rule.js';
import type { PublicAccessBlock } from '../../../src/resources/aws/index.js';

const PUBLIC_GROUPS = ['http://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'];
const FLAGS = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const;

export default defineRule({
  id: 'aws-s3-bucket-public-access-blocked',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  severity: 'high',
  title: 'S3 buckets block public access and are not public',
  description:
    'Checks that all four S3 Block Public Access settings are in effect for each bucket (set on the bucket or inherited from the account), and that no ACL grant or bucket policy makes the bucket public.',
  rationale:
    'Block Public Access is the guard rail that stops a single ACL or policy change from exposing data to the internet. Public buckets are the most common source of cloud data leaks.',
  remediation: {
    summary:
      'Turn on all four Block Public Access settings for the bucket (or for the whole account), and remove public ACL grants and wildcard policy statements.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    console: [
      'Open the S3 console and choose the bucket.',
      'On the Permissions tab, edit "Block public access (bucket settings)".',
      'Select "Block all public access" and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8',
  ],
  requires: { 'aws.s3.account-public-access-block': 'account' },
  messages: {
    blocked: 'S3 bucket {{name}} blocks all public access.',
    notBlocked: 'S3 bucket {{name}} does not block public access: {{missing}} not enabled on the bucket or the account.',
    publicAcl: 'S3 bucket {{name}} is public: its ACL grants {{grants}} to everyone.',
    publicPolicy: 'S3 bucket {{name}} is public: its bucket policy allows access to any principal.',
  },
  evaluate(bucket, ctx) {
    const account = ctx.inventory.list('aws.s3.account-public-access-block', { account: bucket.account })[0]?.properties.configuration ?? null;
    const own = bucket.properties.publicAccessBlock;
    const effective = Object.fromEntries(FLAGS.map((f) => [f, (own?.[f] ?? false) || (account?.[f] ?? false)])) as Record<keyof PublicAccessBlock, boolean>;
    const evidence = { bucketPublicAccessBlock: own, accountPublicAccessBlock: account, effective };

    const aclEnabled = bucket.properties.objectOwnership !== 'BucketOwnerEnforced';
    const publicGrants = aclEnabled ? bucket.properties.acl.grants.filter((g) => g.granteeUri !== null && PUBLIC_GROUPS.includes(g.granteeUri)) : [];
    if (publicGrants.length > 0 && !effective.ignorePublicAcls) {
      return {
        status: 'FAIL',
        messageId: 'publicAcl',
        severity: 'critical',
        data: { grants: [...new Set(publicGrants.map((g) => g.permission))].join(', ') },
        evidence: { ...evidence, publicGrants },
      };
    }
    const policyPublic = bucket.properties.policyIsPublic ?? publicStatements(bucket.properties.policy).length > 0;
    if (policyPublic && !effective.restrictPublicBuckets) {
      return {
        status: 'FAIL',
        messageId: 'publicPolicy',
        severity: 'critical',
        evidence: { ...evidence, policyIsPublic: bucket.properties.policyIsPublic, publicStatements: publicStatements(bucket.properties.policy) },
      };
    }
    const missing = FLAGS.filter((f) => !effective[f]);
    if (missing.length > 0) {
      return { status: 'FAIL', messageId: 'notBlocked', data: { missing: missing.join(', ') }, evidence };
    }
    return { status: 'PASS', messageId: 'blocked', evidence };
  },
});
