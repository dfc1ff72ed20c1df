import { iamRootUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-root-user-hardware-mfa-enabled.js';

testRule(rule, {
  valid: [{ name: 'MFA without a virtual device assigned to root', resource: iamRootUser(), messageId: 'hardware', evidence: { virtualMfaSerial: null } }],
  invalid: [
    {
      name: 'a virtual MFA device',
      resource: iamRootUser({ virtualMfaSerial: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device' }),
      messageId: 'virtual',
    },
    { name: 'no MFA at all', resource: iamRootUser({ mfaEnabled: false }), messageId: 'none' },
  ],
  notApplicable: [
    {
      name: 'root credentials removed (centralized root access)',
      resource: iamRootUser({ mfaEnabled: false, passwordPresent: false, accessKeysPresent: false }),
    },
  ],
});
