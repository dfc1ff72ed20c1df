import { cloudTrail } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudtrail-trail-kms-encrypted.js';

testRule(rule, {
  valid: [
    { name: 'KMS key set', resource: cloudTrail('main'), messageId: 'encrypted' },
    { name: 'KMS key from another account still passes', resource: cloudTrail('main', { kmsKeyId: 'arn:aws:kms:us-east-1:222222222222:key/abcd' }) },
  ],
  invalid: [{ name: 'no key (SSE-S3 only)', resource: cloudTrail('main', { kmsKeyId: null }), messageId: 'notEncrypted', evidence: { kmsKeyId: null } }],
  notApplicable: [
    {
      name: 'organization trail owned elsewhere',
      resource: cloudTrail('org', { ownerAccountId: '111111111111', isOrganizationTrail: true, kmsKeyId: null }),
      messageId: 'otherOwner',
    },
  ],
});
