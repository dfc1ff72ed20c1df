import { ct, identities } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-signin-console-login-without-mfa.js';

const login = (mfa: string, extra: Partial<Parameters<typeof ct>[0]> = {}, additional: Record<string, unknown> = {}) =>
  ct({
    eventName: 'ConsoleLogin',
    response: { ConsoleLogin: 'Success' },
    additional: { MFAUsed: mfa, LoginTo: 'https://console.aws.amazon.com/', ...additional },
    userAgent: 'Mozilla/5.0',
    ...extra,
  });
testDetector(detector, {
  valid: [
    { name: 'with MFA', events: [login('Yes')] },
    { name: 'SAML federation enforces MFA upstream', events: [login('No', {}, { SamlProviderArn: 'arn:aws:iam::111122223333:saml-provider/okta' })] },
    { name: 'an SSO role session', events: [login('No', { identity: identities.role('AWSReservedSSO_Admin_1', 'bob@example.com') })] },
    { name: 'a failed login', events: [login('No', { response: { ConsoleLogin: 'Failure' }, errorCode: 'Failed authentication' })] },
  ],
  invalid: [
    { name: 'IAM user without MFA', events: [login('No')], messageId: 'noMfa', severity: 'high', explains: 'user/alice' },
    { name: 'root without MFA is critical', events: [login('No', { identity: identities.root() })], messageId: 'noMfa', severity: 'critical' },
  ],
});
