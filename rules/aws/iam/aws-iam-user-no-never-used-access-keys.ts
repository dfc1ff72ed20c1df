import { userCredentials } from '../../../src/engine/helpers/credential-report.js';
import { defineRule, type Outcome } from '../../../src/engine/rule.js';

type MessageId = 'clean' | 'neverUsed' | 'noConsole';

export default defineRule({
  id: 'aws-iam-user-no-never-used-access-keys',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  severity: 'low',
  title: 'Console users have no active access key that was never used',
  description:
    'For IAM users with a console password, reports each active access key whose last-used date is \'N/A\' in the credential report: a key created with the user "just in case" and never needed.',
  rationale:
    'Keys created during initial user setup are rarely needed, are often forgotten in onboarding scripts or e-mails, and widen the attack surface for no benefit.',
  remediation: {
    summary: 'Delete access keys the user never used; create keys only when the user needs programmatic access, and prefer roles or IAM Identity Center.',
    cli: 'aws iam list-access-keys --user-name <user> && aws iam delete-access-key --user-name <user> --access-key-id <access-key-id>',
    console: ['Open the IAM console, choose Users and the user.', 'On "Security credentials", find keys whose "Last used" is N/A, deactivate and delete them.'],
  },
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey'],
  reads: ['credentialReport', 'hasConsolePassword', 'accessKeys'],
  messages: {
    clean: 'IAM user {{name}} has no active access key that was never used.',
    neverUsed: 'IAM user {{name}} has {{key}} active but never used.',
    noConsole: 'IAM user {{name}} has no console password.',
  },
  evaluate(user) {
    const creds = userCredentials(user.properties);
    if (!creds.password.enabled) return { status: 'NOT_APPLICABLE', messageId: 'noConsole', evidence: { passwordEnabled: false } };
    const unused = creds.keys.filter((k) => k.active && k.lastUsed === null && k.lastUsedRaw?.toUpperCase() === 'N/A');
    if (unused.length === 0) return { status: 'PASS', messageId: 'clean', evidence: { activeKeys: creds.keys.filter((k) => k.active).length } };
    return unused.map((k): Outcome<MessageId> => ({
      status: 'FAIL',
      messageId: 'neverUsed',
      data: { key: k.label },
      findingKey: k.label,
      evidence: { key: k.label, lastUsed: k.lastUsedRaw, issuedAt: k.issuedAt?.toISOString() ?? null, source: creds.source },
    }));
  },
});
