import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { denied } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-config-recording-stopped',
  provider: 'aws',
  title: 'AWS Config recording stopped',
  severity: 'high',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.001', name: 'Impair Defenses: Disable or Modify Tools' }],
  description: 'The Config recorder was stopped or deleted, or its delivery channel removed: configuration changes and compliance rules stop being tracked.',
  falsePositives: ['Migrating Config to an organisation-managed recorder.'],
  references: ['https://attack.mitre.org/techniques/T1562/001/', 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
  actions: ['StopConfigurationRecorder', 'DeleteConfigurationRecorder', 'DeleteDeliveryChannel', 'DeleteConfigRule'],
  defaultOptions: {},
  optionDocs: {},
  messages: {
    stopped: '{{principal}} called {{action}} on {{name}} in {{region}}: AWS Config stops recording changes.',
    ruleDeleted: '{{principal}} deleted AWS Config rule {{name}} in {{region}}.',
  },
  create: eachEvent((e) => {
    if (e.errorCode !== null && !denied(e)) return null;
    const name = text(field(e.request, 'configurationRecorderName') ?? field(e.request, 'deliveryChannelName') ?? field(e.request, 'configRuleName'));
    const severity = denied(e) ? ('low' as const) : e.action === 'DeleteConfigRule' ? ('medium' as const) : undefined;
    return { messageId: e.action === 'DeleteConfigRule' ? 'ruleDeleted' : 'stopped', data: { name }, ...(severity ? { severity } : {}) };
  }),
});
