import { iamPasswordPolicy } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-password-policy-reuse-prevention-24.js';

testRule(rule, {
  valid: [{ name: '24 remembered passwords', resource: iamPasswordPolicy(), messageId: 'compliant', evidence: { passwordReusePrevention: 24 } }],
  invalid: [
    { name: 'no password policy', resource: iamPasswordPolicy(null), messageId: 'noPolicy' },
    {
      name: 'reuse prevention off',
      resource: iamPasswordPolicy({ passwordReusePrevention: null }),
      messageId: 'tooFew',
      evidence: { passwordReusePrevention: null },
    },
    { name: 'only 5 remembered', resource: iamPasswordPolicy({ passwordReusePrevention: 5 }), messageId: 'tooFew' },
  ],
});
