import { iamRootUser, rootCredentialReportRow } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-root-user-not-used-recently.js';

testRule(rule, {
  valid: [
    { name: 'password last used five months ago', resource: iamRootUser(), messageId: 'usedLongAgo', evidence: { days: 151 } },
    {
      name: "never used: 'no_information' password, 'N/A' keys",
      resource: iamRootUser({ credentialReport: rootCredentialReportRow({ passwordLastUsed: 'no_information' }) }),
      messageId: 'notUsed',
    },
    {
      name: 'used exactly 31 days ago',
      resource: iamRootUser({ credentialReport: rootCredentialReportRow({ passwordLastUsed: '2026-10-01T09:00:00+00:00' }) }),
      messageId: 'usedLongAgo',
    },
  ],
  invalid: [
    {
      name: 'signed in yesterday',
      resource: iamRootUser({ credentialReport: rootCredentialReportRow({ passwordLastUsed: '2026-10-31T08:00:00+00:00' }) }),
      messageId: 'usedRecently',
      evidence: { days: 1 },
    },
    {
      name: 'an old password sign-in but a root access key used last week',
      resource: iamRootUser({
        credentialReport: rootCredentialReportRow({
          accessKey1Active: 'true',
          accessKey1LastRotated: '2021-05-01T00:00:00+00:00',
          accessKey1LastUsedDate: '2026-10-25T12:00:00+00:00',
        }),
      }),
      messageId: 'usedRecently',
    },
  ],
  error: [
    {
      name: 'the credential report has no root row',
      resource: iamRootUser({ credentialReport: null }),
      message: 'the credential report has no row for the root user',
    },
  ],
});
