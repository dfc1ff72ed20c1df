import { iamRootUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-root-user-mfa-enabled.js';

testRule(rule, {
  valid: [
    { name: 'hardware MFA', resource: iamRootUser(), messageId: 'enabled' },
    { name: 'virtual MFA also counts for this control', resource: iamRootUser({ virtualMfaSerial: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device' }) },
  ],
  invalid: [
    { name: 'no MFA device', resource: iamRootUser({ mfaEnabled: false }), messageId: 'disabled', evidence: { mfaEnabled: false } },
    {
      name: 'no password but active access keys, and no MFA',
      resource: iamRootUser({ mfaEnabled: false, passwordPresent: false, accessKeysPresent: true }),
      messageId: 'disabled',
    },
  ],
  notApplicable: [
    {
      name: 'root credentials removed by centralized root access',
      resource: iamRootUser({ mfaEnabled: false, passwordPresent: false, accessKeysPresent: false }),
      evidence: { passwordPresent: false },
    },
  ],
});
