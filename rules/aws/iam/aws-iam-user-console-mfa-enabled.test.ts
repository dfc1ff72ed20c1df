import { credentialReportRow, iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-user-console-mfa-enabled.js';

testRule(rule, {
  valid: [
    { name: 'console user with MFA', resource: iamUser('alice'), messageId: 'enabled', evidence: { source: 'credential-report' } },
    {
      name: 'user newer than the credential report, MFA from the IAM API',
      resource: iamUser('new-hire', { credentialReport: null }),
      evidence: { source: 'iam-api' },
    },
  ],
  invalid: [
    {
      name: 'console password without MFA in the credential report',
      resource: iamUser('bob', { mfaDevices: [], credentialReport: credentialReportRow('bob', { mfaActive: 'false' }) }),
      messageId: 'disabled',
      evidence: { passwordEnabled: true, mfaActive: false },
    },
    {
      name: 'user newer than the report, login profile and no MFA device',
      resource: iamUser('carol', { credentialReport: null, mfaDevices: [] }),
      messageId: 'disabled',
    },
  ],
  notApplicable: [
    {
      name: 'programmatic-only user (password_enabled false)',
      resource: iamUser('ci-bot', {
        hasConsolePassword: false,
        mfaDevices: [],
        credentialReport: credentialReportRow('ci-bot', { passwordEnabled: 'false', mfaActive: 'false', passwordLastUsed: 'N/A' }),
      }),
      messageId: 'noConsole',
    },
  ],
});
