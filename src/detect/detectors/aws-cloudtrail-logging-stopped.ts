import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { denied } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-cloudtrail-logging-stopped',
  provider: 'aws',
  title: 'CloudTrail trail stopped or deleted',
  severity: 'high',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  description:
    'A trail was stopped (StopLogging) or deleted (DeleteTrail): API activity after this point may go unrecorded, which is what an intruder wants before acting.',
  falsePositives: [
    'Planned decommissioning of a duplicate trail (check that another multi-region trail keeps logging).',
    'Test trails created and removed by infrastructure pipelines.',
  ],
  references: ['https://attack.mitre.org/techniques/T1562/008/', 'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopLogging.html'],
  actions: ['StopLogging', 'DeleteTrail'],
  defaultOptions: {},
  optionDocs: {},
  messages: {
    stopped: '{{principal}} stopped CloudTrail trail {{trail}} in {{region}} from {{sourceIp}}.',
    deleted: '{{principal}} deleted CloudTrail trail {{trail}} in {{region}} from {{sourceIp}}.',
    attempted: '{{principal}} tried to {{verb}} CloudTrail trail {{trail}} from {{sourceIp}} and was denied ({{error}}).',
  },
  create: eachEvent((e) => {
    const trail = text(field(e.request, 'name'));
    const verb = e.action === 'StopLogging' ? 'stop' : 'delete';
    if (denied(e)) return { messageId: 'attempted', severity: 'medium', data: { trail, verb, error: e.errorCode ?? '' } };
    if (e.errorCode !== null) return null;
    return { messageId: e.action === 'StopLogging' ? 'stopped' : 'deleted', data: { trail }, evidence: { trail } };
  }),
});
