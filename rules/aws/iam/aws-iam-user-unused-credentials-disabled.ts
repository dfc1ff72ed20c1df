import { userCredentials } from '../../../src/engine/helpers/credential-report.js';
import { daysBetween } from '../../../src/engine/helpers/dates.js';
import { defineRule, type Outcome } from '../../../src/engine/rule.js';

type MessageId = 'inUse' | 'unused' | 'neverUsed' | 'noCredentials';
/** CIS: credentials unused for 45 days or more are disabled. */
const MAX_IDLE_DAYS = 45;

export default defineRule({
  id: 'aws-iam-user-unused-credentials-disabled',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  severity: 'medium',
  title: 'IAM user credentials unused for 45 days or more are disabled',
  description:
    "Reports each enabled console password and active access key with no use in the last 45 days. A credential never used ('N/A', or 'no_information' since tracking began) counts from when it was issued, so a new credential has 45 days of grace.",
  rationale: 'Dormant credentials belong to people who left or tools that were retired; nobody notices when they are stolen and used.',
  remediation: {
    summary: 'Deactivate the unused access keys and remove the unused console password; delete the user if it is no longer needed.',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <access-key-id> --status Inactive && aws iam delete-login-profile --user-name <user>',
    console: [
      'Open the IAM console, choose Users and the user.',
      'On "Security credentials", choose "Manage console access" and disable it; deactivate access keys whose last use is over 45 days ago.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-22',
  ],
  reads: ['credentialReport', 'hasConsolePassword', 'passwordLastUsed', 'accessKeys', 'createDate'],
  messages: {
    inUse: 'IAM user {{name}} has used all of its credentials within 45 days.',
    unused: 'IAM user {{name}} has not used its {{credential}} for {{days}} days.',
    neverUsed: 'IAM user {{name}} has never used its {{credential}}, issued {{days}} days ago.',
    noCredentials: 'IAM user {{name}} has no console password and no active access key.',
  },
  evaluate(user, ctx) {
    const creds = userCredentials(user.properties);
    const candidates = [
      ...(creds.password.enabled ? [{ credential: 'console password', lastUsed: creds.password.lastUsed, issuedAt: creds.password.setAt }] : []),
      ...creds.keys.filter((k) => k.active).map((k) => ({ credential: k.label, lastUsed: k.lastUsed, issuedAt: k.issuedAt })),
    ];
    if (candidates.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'noCredentials', evidence: { source: creds.source } };
    const outcomes: Outcome<MessageId>[] = [];
    for (const c of candidates) {
      const since = c.lastUsed ?? c.issuedAt;
      const days = since === null ? null : daysBetween(since, ctx.now);
      if (days !== null && days < MAX_IDLE_DAYS) continue;
      const evidence = {
        credential: c.credential,
        lastUsed: c.lastUsed?.toISOString() ?? null,
        issuedAt: c.issuedAt?.toISOString() ?? null,
        idleDays: days,
        source: creds.source,
      };
      const messageId = c.lastUsed === null ? 'neverUsed' : 'unused';
      outcomes.push({ status: 'FAIL', messageId, data: { credential: c.credential, days: days ?? 'unknown' }, findingKey: c.credential, evidence });
    }
    return outcomes.length > 0
      ? outcomes
      : { status: 'PASS', messageId: 'inUse', evidence: { credentials: candidates.map((c) => c.credential), source: creds.source } };
  },
});
