import { defineDetector } from '../detector.js';
import { eachEvent, field } from '../helpers/each-event.js';
import { callerUserName, viaAwsService } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-iam-access-key-created-for-other-user',
  provider: 'aws',
  title: 'Access key created for another user',
  severity: 'medium',
  attack: [{ tactic: 'persistence', technique: 'T1098.001', name: 'Account Manipulation: Additional Cloud Credentials' }],
  description:
    "CreateAccessKey for a user other than the caller (root included): a classic way to keep access (a second key on an existing user goes unnoticed). Root's own keys are reported by aws-iam-root-credentials-created.",
  falsePositives: [
    'Administrators issuing keys to service users (prefer roles); infrastructure as code creating keys for service accounts (CloudFormation calls are ignored).',
  ],
  references: ['https://attack.mitre.org/techniques/T1098/001/', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html'],
  actions: ['CreateAccessKey'],
  defaultOptions: {},
  optionDocs: {},
  messages: { created: '{{principal}} created access key {{keyId}} for IAM user {{target}} from {{sourceIp}}.' },
  create: eachEvent((e) => {
    if (e.errorCode !== null || viaAwsService(e)) return null;
    const target = field(e.request, 'userName');
    if (typeof target !== 'string' || target === callerUserName(e)) return null;
    const keyId = field(e.response, 'accessKey', 'accessKeyId');
    return { messageId: 'created', data: { target, keyId: typeof keyId === 'string' ? keyId : '(not logged)' }, evidence: { targetUser: target } };
  }),
});
