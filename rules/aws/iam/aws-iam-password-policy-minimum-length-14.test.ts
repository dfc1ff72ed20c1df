import { iamPasswordPolicy } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-password-policy-minimum-length-14.js';

testRule(rule, {
  valid: [
    { name: 'exactly 14', resource: iamPasswordPolicy(), messageId: 'compliant', evidence: { minimumPasswordLength: 14 } },
    { name: 'longer than required', resource: iamPasswordPolicy({ minimumPasswordLength: 32 }) },
  ],
  invalid: [
    { name: 'no password policy (NoSuchEntity)', resource: iamPasswordPolicy(null), messageId: 'noPolicy', evidence: { policy: null } },
    { name: 'one character short', resource: iamPasswordPolicy({ minimumPasswordLength: 13 }), messageId: 'tooShort' },
    { name: 'a policy without a minimum length set', resource: iamPasswordPolicy({ minimumPasswordLength: null }), messageId: 'tooShort' },
  ],
});
