import { defineDetector } from '../detector.js';
import { eachEvent, field } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-iam-root-credentials-created',
  provider: 'aws',
  title: 'Root access key created or root password changed',
  severity: 'critical',
  attack: [{ tactic: 'persistence', technique: 'T1098.001', name: 'Account Manipulation: Additional Cloud Credentials' }],
  description:
    'The root user created an access key or changed its password: root keys should never exist, and a root password change outside a planned rotation means takeover.',
  falsePositives: ['A planned root password rotation by the account owner.'],
  references: ['https://attack.mitre.org/techniques/T1098/001/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html'],
  actions: ['CreateAccessKey', 'PasswordUpdated', 'ChangePassword'],
  defaultOptions: {},
  optionDocs: {},
  messages: { key: '{{principal}} created a root access key from {{sourceIp}}.', password: '{{principal}} changed the root password from {{sourceIp}}.' },
  create: eachEvent((e) => {
    if (e.principal.type !== 'root' || e.errorCode !== null) return null;
    // Root creating a key for an IAM user is aws-iam-access-key-created-for-other-user's business.
    if (e.action === 'CreateAccessKey') return field(e.request, 'userName') === undefined ? { messageId: 'key' } : null;
    const outcome = field(e.response, e.action);
    return outcome === undefined || outcome === 'Success' ? { messageId: 'password', severity: 'high' } : null;
  }),
});
