import { latest, reportDate } from '../../../src/engine/helpers/credential-report.js';
import { daysBetween, isoOrNull } from '../../../src/engine/helpers/dates.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

/** Root use within this many days is reported: each use should be a rare, deliberate task. */
const RECENT_DAYS = 30;

export default defineRule({
  id: 'aws-iam-root-user-not-used-recently',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-user',
  severity: 'medium',
  title: 'The root user has not been used in the last 30 days',
  description:
    "Reads the credential report's <root_account> row (password_last_used, access_key_1_last_used_date, access_key_2_last_used_date) and reports a root sign-in or key use within the last 30 days. 'N/A' and 'no_information' mean no recorded use.",
  rationale:
    'The root user cannot be restricted and its actions cannot be attributed to a person. Daily administration should use federated or IAM identities; root should be used only for the few tasks that require it.',
  remediation: {
    summary: 'Review why the root user was used, move the task to a role with the needed permissions, and keep the root credentials locked away.',
    cli: 'aws iam generate-credential-report && aws iam get-credential-report --query Content --output text | base64 -d | grep "<root_account>"',
    console: [
      'Open the IAM console, choose "Credential report" and download it.',
      'Check password_last_used and the access key last-used dates of <root_account>, and find the activity in CloudTrail (userIdentity.type = Root).',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#root-user-tasks',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  ],
  reads: ['credentialReport'],
  messages: {
    notUsed: 'The root user of account {{account}} has no recorded use.',
    usedLongAgo: 'The root user of account {{account}} was last used {{days}} days ago.',
    usedRecently: 'The root user of account {{account}} was used {{days}} days ago ({{when}}).',
  },
  evaluate(root, ctx) {
    const row = root.properties.credentialReport ?? missingData('the credential report has no row for the root user');
    const evidence = {
      passwordLastUsed: row.passwordLastUsed,
      accessKey1LastUsedDate: row.accessKey1LastUsedDate,
      accessKey2LastUsedDate: row.accessKey2LastUsedDate,
    };
    const lastUsed = latest([row.passwordLastUsed, row.accessKey1LastUsedDate, row.accessKey2LastUsedDate].map(reportDate));
    const data = { account: root.account };
    if (lastUsed === null) return { status: 'PASS', messageId: 'notUsed', data, evidence };
    const days = daysBetween(lastUsed, ctx.now);
    if (days > RECENT_DAYS) return { status: 'PASS', messageId: 'usedLongAgo', data: { ...data, days }, evidence: { ...evidence, days } };
    return { status: 'FAIL', messageId: 'usedRecently', data: { ...data, days, when: isoOrNull(lastUsed) ?? '' }, evidence: { ...evidence, days } };
  },
});
