import { reportFlag } from '../../../src/engine/helpers/credential-report.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-root-user-no-access-keys',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-user',
  severity: 'critical',
  title: 'The root user has no access keys',
  description:
    "Checks that the root user has no access keys, from iam:GetAccountSummary (AccountAccessKeysPresent) and the credential report's <root_account> row (access_key_1_active, access_key_2_active).",
  rationale:
    'Root access keys grant unrestricted, unscoped programmatic access to the whole account and cannot be limited by IAM policies. A leaked root key is a full account compromise.',
  remediation: {
    summary: 'Delete the root access keys; use IAM roles for programmatic access.',
    cli: '# Root keys can only be deleted while signed in as the root user (console), or with root credentials:\naws iam delete-access-key --access-key-id <root-access-key-id>',
    console: ['Sign in as the root user and open "Security credentials" from the account menu.', 'Under "Access keys", deactivate and then delete each key.'],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-4',
  ],
  reads: ['accessKeysPresent', 'credentialReport'],
  messages: {
    none: 'The root user of account {{account}} has no access keys.',
    present: 'The root user of account {{account}} has active access keys.',
  },
  evaluate(root) {
    const row = root.properties.credentialReport;
    const evidence = {
      accessKeysPresent: root.properties.accessKeysPresent,
      accessKey1Active: row?.accessKey1Active ?? null,
      accessKey2Active: row?.accessKey2Active ?? null,
    };
    const inReport = row !== null && (reportFlag(row.accessKey1Active) === true || reportFlag(row.accessKey2Active) === true);
    const data = { account: root.account };
    if (root.properties.accessKeysPresent || inReport) return { status: 'FAIL', messageId: 'present', data, evidence };
    return { status: 'PASS', messageId: 'none', data, evidence };
  },
});
