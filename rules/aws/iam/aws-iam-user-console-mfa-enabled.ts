import { userCredentials } from '../../../src/engine/helpers/credential-report.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-user-console-mfa-enabled',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  severity: 'high',
  title: 'IAM users with a console password have MFA enabled',
  description:
    "Checks that every IAM user with a console password has an MFA device: the credential report's password_enabled and mfa_active, or (for users newer than the report) the login profile and MFA devices.",
  rationale: 'A console password alone is phished, guessed or reused from other breaches; MFA stops most account takeovers.',
  remediation: {
    summary: 'Assign an MFA device to the user (or remove the console password if the user does not need the console); enforce MFA with a policy condition.',
    cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name <user> --outfile <user>-qr.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name <user> --serial-number arn:aws:iam::<account>:mfa/<user> --authentication-code1 <code1> --authentication-code2 <code2>',
    console: ['Open the IAM console, choose Users and the user.', 'On "Security credentials", choose "Assign MFA device" and complete the setup.'],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-5',
  ],
  reads: ['credentialReport', 'hasConsolePassword', 'mfaDevices'],
  messages: {
    enabled: 'IAM user {{name}} has MFA for console sign-in.',
    disabled: 'IAM user {{name}} has a console password but no MFA device.',
    noConsole: 'IAM user {{name}} has no console password.',
  },
  evaluate(user) {
    const creds = userCredentials(user.properties);
    const evidence = { source: creds.source, passwordEnabled: creds.password.enabled, mfaActive: creds.mfaActive };
    if (!creds.password.enabled) return { status: 'NOT_APPLICABLE', messageId: 'noConsole', evidence };
    return creds.mfaActive ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
