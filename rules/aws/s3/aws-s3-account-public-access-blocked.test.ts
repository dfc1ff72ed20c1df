import { s3AccountPublicAccessBlock } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-s3-account-public-access-blocked.js';

const ALL = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

testRule(rule, {
  valid: [{ name: 'all four settings on', resource: s3AccountPublicAccessBlock(), messageId: 'blocked' }],
  invalid: [
    { name: 'no configuration', resource: s3AccountPublicAccessBlock(null), messageId: 'none', evidence: { configuration: null } },
    {
      name: 'ACL blocks only',
      resource: s3AccountPublicAccessBlock({ ...ALL, blockPublicPolicy: false, restrictPublicBuckets: false }),
      messageId: 'partial',
      evidence: { missing: ['blockPublicPolicy', 'restrictPublicBuckets'] },
    },
    {
      name: 'all four off (configuration present)',
      resource: s3AccountPublicAccessBlock({ blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false }),
      messageId: 'partial',
    },
  ],
});
