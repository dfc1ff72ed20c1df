import { credentialReportRow, iamUser } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-user-single-active-access-key.js';

testRule(rule, {
  valid: [
    { name: 'one active key', resource: iamUser('alice'), messageId: 'single', evidence: { activeKeys: ['access key 1'] } },
    { name: 'no keys at all', resource: iamUser('bob', { credentialReport: credentialReportRow('bob', { accessKey1Active: 'false' }) }) },
    {
      name: 'second key present but inactive',
      resource: iamUser('carol', {
        credentialReport: credentialReportRow('carol', { accessKey2Active: 'false', accessKey2LastRotated: '2026-01-01T00:00:00+00:00' }),
      }),
    },
  ],
  invalid: [
    {
      name: 'both keys active in the credential report',
      resource: iamUser('dave', {
        credentialReport: credentialReportRow('dave', { accessKey2Active: 'true', accessKey2LastRotated: '2026-10-01T00:00:00+00:00' }),
      }),
      messageId: 'multiple',
      evidence: { activeKeys: ['access key 1', 'access key 2'] },
    },
    {
      name: 'user newer than the report with two active keys (IAM API)',
      resource: iamUser('erin', {
        credentialReport: null,
        accessKeys: [
          { accessKeyId: 'AKIAEXAMPLEKEY000011', status: 'Active', createDate: '2026-10-31T10:00:00.000Z', lastUsedDate: null, lastUsedService: null },
          { accessKeyId: 'AKIAEXAMPLEKEY000012', status: 'Active', createDate: '2026-10-31T11:00:00.000Z', lastUsedDate: null, lastUsedService: null },
        ],
      }),
      messageId: 'multiple',
    },
  ],
});
