import { credentialReportRow, iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-user-access-keys-rotated-90-days.js';

testRule(rule, {
  valid: [
    { name: 'key rotated 47 days ago', resource: iamUser('alice'), messageId: 'rotated' },
    {
      name: 'exactly 90 days old',
      resource: iamUser('bob', { credentialReport: credentialReportRow('bob', { accessKey1LastRotated: '2026-08-03T09:00:00+00:00' }) }),
    },
    {
      name: 'an old key that is inactive does not count',
      resource: iamUser('carol', {
        credentialReport: credentialReportRow('carol', { accessKey2Active: 'false', accessKey2LastRotated: '2022-01-01T00:00:00+00:00' }),
      }),
    },
  ],
  invalid: [
    {
      name: 'key issued in 2024',
      resource: iamUser('dave', { credentialReport: credentialReportRow('dave', { accessKey1LastRotated: '2024-03-01T00:00:00+00:00' }) }),
      messageId: 'stale',
      findingKey: 'access key 1',
      evidence: { ageDays: 975 },
    },
    {
      name: "last_rotated 'N/A' falls back to the user's creation in January 2025",
      resource: iamUser('erin', { credentialReport: credentialReportRow('erin', { accessKey1LastRotated: 'N/A' }) }),
      messageId: 'stale',
    },
    {
      name: 'only the second active key is stale',
      resource: iamUser('frank', {
        credentialReport: credentialReportRow('frank', { accessKey2Active: 'true', accessKey2LastRotated: '2025-06-01T00:00:00+00:00' }),
      }),
      messageId: 'stale',
      findingKey: 'access key 2',
      failures: 1,
    },
  ],
  notApplicable: [
    {
      name: 'no active keys',
      resource: iamUser('gina', { credentialReport: credentialReportRow('gina', { accessKey1Active: 'false' }) }),
      messageId: 'noKeys',
    },
  ],
});
