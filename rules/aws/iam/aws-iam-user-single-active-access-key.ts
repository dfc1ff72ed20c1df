import { userCredentials } from '../../../src/engine/helpers/credential-report.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-user-single-active-access-key',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  severity: 'low',
  title: 'IAM users have at most one active access key',
  description: 'Checks that no IAM user has both of its access keys active (credential report access_key_1_active and access_key_2_active, or ListAccessKeys).',
  rationale: 'Two active keys usually mean a rotation that was never finished: the old key stays valid, in use somewhere nobody tracks.',
  remediation: {
    summary: 'Finish the rotation: move every client to the newer key, then deactivate and delete the older one.',
    cli: 'aws iam list-access-keys --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <older-key-id> --status Inactive',
    console: [
      'Open the IAM console, choose Users and the user.',
      'On "Security credentials", deactivate the older access key, check nothing breaks, then delete it.',
    ],
  },
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console'],
  reads: ['credentialReport', 'accessKeys'],
  messages: {
    single: 'IAM user {{name}} has {{count}} active access key(s).',
    multiple: 'IAM user {{name}} has {{count}} active access keys.',
  },
  evaluate(user) {
    const creds = userCredentials(user.properties);
    const active = creds.keys.filter((k) => k.active);
    const evidence = { activeKeys: active.map((k) => k.label), source: creds.source };
    const data = { count: active.length };
    return active.length > 1 ? { status: 'FAIL', messageId: 'multiple', data, evidence } : { status: 'PASS', messageId: 'single', data, evidence };
  },
});
