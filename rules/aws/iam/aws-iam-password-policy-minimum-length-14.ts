import { defineRule } from '../../../src/engine/rule.js';

const MINIMUM = 14;

export default defineRule({
  id: 'aws-iam-password-policy-minimum-length-14',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.password-policy',
  severity: 'medium',
  title: 'The IAM password policy requires at least 14 characters',
  description:
    'Checks that the account password policy exists (iam:GetAccountPasswordPolicy; NoSuchEntity means none) and sets MinimumPasswordLength to 14 or more.',
  rationale: 'Long passwords resist guessing and offline cracking far better than complexity rules. Without a policy, IAM accepts passwords of 8 characters.',
  remediation: {
    summary: 'Set the account password policy minimum length to 14 or more (keep the other settings).',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --allow-users-to-change-password',
    console: ['Open the IAM console and choose "Account settings".', 'Edit the password policy, set "Password minimum length" to 14 or more and save.'],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15',
  ],
  messages: {
    compliant: 'The password policy of account {{account}} requires {{length}} characters.',
    tooShort: 'The password policy of account {{account}} requires only {{length}} characters (at least 14 expected).',
    noPolicy: 'Account {{account}} has no IAM password policy, so passwords of 8 characters are accepted.',
  },
  evaluate(resource) {
    const policy = resource.properties.policy;
    const data = { account: resource.account };
    if (policy === null) return { status: 'FAIL', messageId: 'noPolicy', data, evidence: { policy: null } };
    const length = policy.minimumPasswordLength;
    const evidence = { minimumPasswordLength: length };
    if (length === null || length < MINIMUM) return { status: 'FAIL', messageId: 'tooShort', data: { ...data, length: length ?? 8 }, evidence };
    return { status: 'PASS', messageId: 'compliant', data: { ...data, length }, evidence };
  },
});
