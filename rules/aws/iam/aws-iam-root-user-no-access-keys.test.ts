import { iamRootUser, rootCredentialReportRow } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-root-user-no-access-keys.js';

testRule(rule, {
  valid: [
    { name: 'no keys in the summary or the report', resource: iamRootUser(), messageId: 'none', evidence: { accessKeysPresent: false } },
    {
      name: 'an inactive key left in the report is not an access key present',
      resource: iamRootUser({ credentialReport: rootCredentialReportRow({ accessKey1Active: 'false', accessKey1LastRotated: '2020-01-01T00:00:00+00:00' }) }),
    },
  ],
  invalid: [
    { name: 'the account summary reports root keys', resource: iamRootUser({ accessKeysPresent: true }), messageId: 'present' },
    {
      name: 'the credential report shows an active second key',
      resource: iamRootUser({ credentialReport: rootCredentialReportRow({ accessKey2Active: 'true' }) }),
      messageId: 'present',
      evidence: { accessKey2Active: 'true' },
    },
  ],
});
