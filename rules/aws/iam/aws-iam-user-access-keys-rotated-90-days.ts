import { userCredentials } from '../../../src/engine/helpers/credential-report.js';
import { daysBetween } from '../../../src/engine/helpers/dates.js';
import { defineRule, type Outcome } from '../../../src/engine/rule.js';

type MessageId = 'rotated' | 'stale' | 'noKeys';
const MAX_AGE_DAYS = 90;

export default defineRule({
  id: 'aws-iam-user-access-keys-rotated-90-days',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  severity: 'medium',
  title: 'Active access keys are rotated every 90 days or less',
  description:
    'Reports each active access key created or last rotated more than 90 days ago (credential report access_key_N_last_rotated, or the key creation date).',
  rationale: 'Long-lived keys leak into code, laptops and CI logs; regular rotation bounds how long a leaked key stays useful.',
  remediation: {
    summary: 'Create a second key, move clients to it, deactivate and delete the old key; better, replace long-lived keys with roles.',
    cli: 'aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive && aws iam delete-access-key --user-name <user> --access-key-id <old-key-id>',
    console: [
      'Open the IAM console, choose Users and the user.',
      'On "Security credentials", create a new access key, update clients, then deactivate and delete the old key.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-3',
  ],
  reads: ['credentialReport', 'accessKeys', 'createDate'],
  messages: {
    rotated: 'IAM user {{name}} has rotated its active access keys within 90 days.',
    stale: 'IAM user {{name}} has {{key}} unrotated for {{days}} days.',
    noKeys: 'IAM user {{name}} has no active access key.',
  },
  evaluate(user, ctx) {
    const creds = userCredentials(user.properties);
    const active = creds.keys.filter((k) => k.active);
    if (active.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'noKeys', evidence: { source: creds.source } };
    const stale = active
      .map((k) => ({ key: k, days: k.issuedAt === null ? null : daysBetween(k.issuedAt, ctx.now) }))
      .filter(({ days }) => days === null || days > MAX_AGE_DAYS);
    if (stale.length === 0)
      return { status: 'PASS', messageId: 'rotated', evidence: { keys: active.map((k) => ({ key: k.label, issuedAt: k.issuedAt?.toISOString() ?? null })) } };
    return stale.map(({ key, days }): Outcome<MessageId> => ({
      status: 'FAIL',
      messageId: 'stale',
      data: { key: key.label, days: days ?? 'unknown' },
      findingKey: key.label,
      evidence: { key: key.label, issuedAt: key.issuedAt?.toISOString() ?? null, ageDays: days, source: creds.source },
    }));
  },
});
