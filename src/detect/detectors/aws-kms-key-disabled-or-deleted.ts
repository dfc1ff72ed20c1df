import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-kms-key-disabled-or-deleted',
  provider: 'aws',
  title: 'KMS key disabled or scheduled for deletion',
  severity: 'medium',
  attack: [{ tactic: 'impact', technique: 'T1485', name: 'Data Destruction' }],
  description:
    'A customer-managed KMS key was disabled or scheduled for deletion: everything encrypted with it becomes unreadable (a ransom lever, or destruction).',
  falsePositives: ['Retiring keys of decommissioned workloads (check nothing still uses them).'],
  references: ['https://attack.mitre.org/techniques/T1485/', 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html'],
  actions: ['ScheduleKeyDeletion', 'DisableKey'],
  defaultOptions: {},
  optionDocs: {},
  messages: { key: '{{principal}} called {{action}} on KMS key {{key}} in {{region}}{{days}}.' },
  create: eachEvent((e) => {
    if (e.errorCode !== null) return null;
    const days = field(e.request, 'pendingWindowInDays');
    return { messageId: 'key', data: { key: text(field(e.request, 'keyId')), days: typeof days === 'number' ? ` (deleted in ${days} days)` : '' } };
  }),
});
