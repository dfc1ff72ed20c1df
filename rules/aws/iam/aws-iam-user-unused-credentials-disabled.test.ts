import { credentialReportRow, iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-user-unused-credentials-disabled.js';

testRule(rule, {
  valid: [
    { name: 'password used 2 days ago, key used yesterday', resource: iamUser('alice'), messageId: 'inUse' },
    {
      name: 'a brand-new key never used (N/A) is within its 45-day grace',
      resource: iamUser('bob', {
        credentialReport: credentialReportRow('bob', { accessKey1LastRotated: '2026-10-20T10:00:00+00:00', accessKey1LastUsedDate: 'N/A' }),
      }),
    },
    {
      name: 'an old inactive key does not count',
      resource: iamUser('carol', {
        credentialReport: credentialReportRow('carol', {
          accessKey2Active: 'false',
          accessKey2LastRotated: '2020-01-01T00:00:00+00:00',
          accessKey2LastUsedDate: '2020-02-01T00:00:00+00:00',
        }),
      }),
    },
  ],
  invalid: [
    {
      name: 'console password unused since July',
      resource: iamUser('dave', { credentialReport: credentialReportRow('dave', { passwordLastUsed: '2026-07-01T10:00:00+00:00' }) }),
      messageId: 'unused',
      findingKey: 'console password',
      evidence: { idleDays: 122 },
      failures: 1,
    },
    {
      name: "password set long ago and never used ('N/A')",
      resource: iamUser('erin', { credentialReport: credentialReportRow('erin', { passwordLastUsed: 'N/A' }) }),
      messageId: 'neverUsed',
      findingKey: 'console password',
    },
    {
      name: "'no_information' (no use since tracking began) counts as unused",
      resource: iamUser('frank', {
        credentialReport: credentialReportRow('frank', {
          passwordLastUsed: 'no_information',
          passwordLastChanged: 'N/A',
          userCreationTime: '2014-06-01T00:00:00+00:00',
        }),
      }),
      messageId: 'neverUsed',
    },
    {
      name: 'both the password and a key idle: one finding each',
      resource: iamUser('gina', {
        credentialReport: credentialReportRow('gina', { passwordLastUsed: '2026-08-01T10:00:00+00:00', accessKey1LastUsedDate: '2026-09-01T10:00:00+00:00' }),
      }),
      messageId: 'unused',
      findingKey: 'access key 1',
      failures: 2,
    },
    {
      name: 'exactly 45 days idle is already too long',
      resource: iamUser('hank', { credentialReport: credentialReportRow('hank', { passwordLastUsed: '2026-09-17T09:00:00+00:00' }) }),
      messageId: 'unused',
      evidence: { idleDays: 45 },
    },
  ],
  notApplicable: [
    {
      name: 'no password and no active key',
      resource: iamUser('retired', { credentialReport: credentialReportRow('retired', { passwordEnabled: 'false', accessKey1Active: 'false' }) }),
      messageId: 'noCredentials',
    },
  ],
});
