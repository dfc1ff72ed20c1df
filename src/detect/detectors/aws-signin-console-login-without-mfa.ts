import { defineDetector } from '../detector.js';
import { eachEvent, field } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-signin-console-login-without-mfa',
  provider: 'aws',
  title: 'Console login without MFA',
  severity: 'high',
  attack: [{ tactic: 'initial-access', technique: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' }],
  description:
    'An IAM user or root signed in to the console with a password alone: a phished or leaked password is enough to get in. SAML and SSO sign-ins (MFA is enforced by the identity provider) are not reported.',
  falsePositives: ['A brand-new user signing in once to enrol MFA.', 'Users whose MFA is enforced upstream by an identity provider that AWS does not see.'],
  references: ['https://attack.mitre.org/techniques/T1078/004/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html'],
  actions: ['ConsoleLogin'],
  defaultOptions: {},
  optionDocs: {},
  messages: { noMfa: '{{principal}} signed in to the AWS console without MFA from {{sourceIp}}.' },
  create: eachEvent((e) => {
    if (e.principal.type !== 'iam-user' && e.principal.type !== 'root') return null;
    if (e.errorCode !== null || field(e.response, 'ConsoleLogin') !== 'Success') return null;
    if (field(e.additional, 'MFAUsed') !== 'No' || field(e.additional, 'SamlProviderArn') !== undefined) return null;
    return {
      messageId: 'noMfa',
      evidence: { mfaUsed: 'No', userAgent: e.userAgent },
      ...(e.principal.type === 'root' ? { severity: 'critical' as const } : {}),
    };
  }),
});
