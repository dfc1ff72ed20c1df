import { defineDetector } from '../detector.js';
import { eachEvent } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-bedrock-invocation-logging-deleted',
  provider: 'aws',
  title: 'Bedrock invocation logging or guardrail removed',
  severity: 'medium',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  description:
    'Model invocation logging was deleted, or a guardrail deleted: prompts and responses stop being recorded or filtered, typical before abusing models.',
  falsePositives: ['Reconfiguring logging to another destination.'],
  references: ['https://attack.mitre.org/techniques/T1562/008/', 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html'],
  actions: ['DeleteModelInvocationLoggingConfiguration', 'DeleteGuardrail'],
  defaultOptions: {},
  optionDocs: {},
  messages: { deleted: '{{principal}} called {{action}} in {{region}} from {{sourceIp}}.' },
  create: eachEvent((e) => (e.errorCode === null ? { messageId: 'deleted' } : null)),
});
