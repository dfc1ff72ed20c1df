import { defineRule } from '../../../src/engine/rule.js';

const REMEMBERED = 24;

export default defineRule({
  id: 'aws-iam-password-policy-reuse-prevention-24',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.password-policy',
  severity: 'medium',
  title: 'The IAM password policy prevents reuse of the last 24 passwords',
  description: 'Checks that the account password policy exists and sets PasswordReusePrevention to 24 (the maximum IAM allows).',
  rationale: 'Without reuse prevention a user can rotate a compromised password back into service, defeating rotation after an incident.',
  remediation: {
    summary: 'Set "Prevent password reuse" to 24 in the account password policy.',
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24 --minimum-password-length 14 --allow-users-to-change-password',
    console: ['Open the IAM console and choose "Account settings".', 'Edit the password policy, turn on "Prevent password reuse", enter 24 and save.'],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-16',
  ],
  messages: {
    compliant: 'The password policy of account {{account}} prevents reuse of the last {{count}} passwords.',
    tooFew: 'The password policy of account {{account}} remembers only {{count}} previous passwords (24 expected).',
    noPolicy: 'Account {{account}} has no IAM password policy, so passwords can be reused.',
  },
  evaluate(resource) {
    const policy = resource.properties.policy;
    const data = { account: resource.account };
    if (policy === null) return { status: 'FAIL', messageId: 'noPolicy', data, evidence: { policy: null } };
    const count = policy.passwordReusePrevention;
    const evidence = { passwordReusePrevention: count };
    if (count === null || count < REMEMBERED) return { status: 'FAIL', messageId: 'tooFew', data: { ...data, count: count ?? 0 }, evidence };
    return { status: 'PASS', messageId: 'compliant', data: { ...data, count }, evidence };
  },
});
