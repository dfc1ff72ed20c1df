import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-root-user-hardware-mfa-enabled',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-user',
  severity: 'high',
  title: 'The root user uses a hardware MFA device',
  description:
    'Checks that the root user has MFA (iam:GetAccountSummary) and that the device is not a virtual one (iam:ListVirtualMFADevices lists no device assigned to the root user). FIDO security keys and hardware TOTP tokens pass.',
  rationale:
    'A virtual MFA app lives on a phone that can be lost, cloned or compromised along with the password manager. A dedicated hardware device kept in a safe is the strongest protection for the one identity that cannot be restricted.',
  remediation: {
    summary: 'Replace the root virtual MFA device with a FIDO2 security key or a hardware TOTP token.',
    console: [
      'Sign in as the root user and open "Security credentials".',
      'Assign a new MFA device of type "Passkey or security key" or "Hardware TOTP token", then remove the virtual device.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_physical.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-6',
  ],
  reads: ['mfaEnabled', 'virtualMfaSerial', 'passwordPresent', 'accessKeysPresent'],
  messages: {
    hardware: 'The root user of account {{account}} uses a hardware MFA device.',
    virtual: 'The root user of account {{account}} uses a virtual MFA device ({{serial}}).',
    none: 'The root user of account {{account}} has no MFA device.',
    noCredentials: 'The root user of account {{account}} has no password and no access keys, so there is nothing to protect with MFA.',
  },
  evaluate(root) {
    const { mfaEnabled, virtualMfaSerial, passwordPresent, accessKeysPresent } = root.properties;
    const evidence = { mfaEnabled, virtualMfaSerial, passwordPresent };
    const data = { account: root.account };
    if (!mfaEnabled && !passwordPresent && !accessKeysPresent) return { status: 'NOT_APPLICABLE', messageId: 'noCredentials', data, evidence };
    if (!mfaEnabled) return { status: 'FAIL', messageId: 'none', data, evidence };
    if (virtualMfaSerial !== null) return { status: 'FAIL', messageId: 'virtual', data: { ...data, serial: virtualMfaSerial }, evidence };
    return { status: 'PASS', messageId: 'hardware', data, evidence };
  },
});
