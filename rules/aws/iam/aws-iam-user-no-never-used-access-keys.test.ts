import { credentialReportRow, iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-user-no-never-used-access-keys.js';

testRule(rule, {
  valid: [
    { name: 'the only key has been used', resource: iamUser('alice'), messageId: 'clean' },
    {
      name: "an inactive never-used key ('N/A') does not count",
      resource: iamUser('bob', { credentialReport: credentialReportRow('bob', { accessKey2Active: 'false', accessKey2LastUsedDate: 'N/A' }) }),
    },
    {
      name: "'no_information' means used before tracking began, not never used",
      resource: iamUser('old-timer', { credentialReport: credentialReportRow('old-timer', { accessKey1LastUsedDate: 'no_information' }) }),
    },
  ],
  invalid: [
    {
      name: 'second key created at setup and never used',
      resource: iamUser('carol', {
        credentialReport: credentialReportRow('carol', {
          accessKey2Active: 'true',
          accessKey2LastRotated: '2025-01-10T10:00:00+00:00',
          accessKey2LastUsedDate: 'N/A',
        }),
      }),
      messageId: 'neverUsed',
      findingKey: 'access key 2',
      failures: 1,
    },
    {
      name: 'user newer than the report with a key never used (IAM API)',
      resource: iamUser('dave', {
        credentialReport: null,
        accessKeys: [
          { accessKeyId: 'AKIAEXAMPLEKEY000009', status: 'Active', createDate: '2026-10-31T10:00:00.000Z', lastUsedDate: null, lastUsedService: null },
        ],
      }),
      messageId: 'neverUsed',
      findingKey: 'AKIAEXAMPLEKEY000009',
    },
  ],
  notApplicable: [
    {
      name: 'no console password',
      resource: iamUser('etl', {
        hasConsolePassword: false,
        credentialReport: credentialReportRow('etl', { passwordEnabled: 'false', accessKey1LastUsedDate: 'N/A' }),
      }),
    },
  ],
});
