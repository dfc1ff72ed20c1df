import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-root-user-mfa-enabled',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-user',
  severity: 'critical',
  title: 'MFA is enabled for the root user',
  description:
    'Checks that the root user has an MFA device (iam:GetAccountSummary AccountMFAEnabled). A member account whose root credentials were removed by centralized root access has nothing to protect and is not applicable.',
  rationale:
    'The root user can do anything in the account, including closing it. A password alone is one phishing e-mail away from a full compromise; MFA adds a second factor the attacker does not have.',
  remediation: {
    summary: 'Sign in as the root user and assign an MFA device (preferably a FIDO2 security key), or remove root credentials with centralized root access.',
    console: [
      'Sign in as the root user and open "Security credentials" from the account menu.',
      'Under "Multi-factor authentication (MFA)", choose "Assign MFA device" and follow the steps.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
  ],
  reads: ['mfaEnabled', 'passwordPresent', 'accessKeysPresent'],
  messages: {
    enabled: 'The root user of account {{account}} has MFA enabled.',
    disabled: 'The root user of account {{account}} has no MFA device.',
    noCredentials: 'The root user of account {{account}} has no password and no access keys, so there is nothing to protect with MFA.',
  },
  evaluate(root) {
    const { mfaEnabled, passwordPresent, accessKeysPresent } = root.properties;
    const evidence = { mfaEnabled, passwordPresent, accessKeysPresent };
    const data = { account: root.account };
    if (mfaEnabled) return { status: 'PASS', messageId: 'enabled', data, evidence };
    if (!passwordPresent && !accessKeysPresent) return { status: 'NOT_APPLICABLE', messageId: 'noCredentials', data, evidence };
    return { status: 'FAIL', messageId: 'disabled', data, evidence };
  },
});
