import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { denied } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-ec2-flow-logs-deleted',
  provider: 'aws',
  title: 'VPC flow logs deleted',
  severity: 'medium',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  description:
    'DeleteFlowLogs removed network flow logging from a VPC, subnet or interface: later traffic (exfiltration, lateral movement) leaves no network record.',
  falsePositives: ['Replacing a flow log with a new one (a CreateFlowLogs follows shortly).', 'Tearing down a whole VPC.'],
  references: ['https://attack.mitre.org/techniques/T1562/008/', 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
  actions: ['DeleteFlowLogs'],
  defaultOptions: {},
  optionDocs: {},
  messages: { deleted: '{{principal}} deleted VPC flow logs {{ids}} in {{region}} from {{sourceIp}}.' },
  create: eachEvent((e) => {
    if (e.errorCode !== null && !denied(e)) return null;
    const raw = field(e.request, 'DeleteFlowLogsRequest', 'FlowLogId') ?? field(e.request, 'flowLogIds');
    // CloudTrail logs EC2's XML-shaped requests as {content, tag} items.
    const ids = (Array.isArray(raw) ? raw : [raw])
      .map((x) => text(typeof x === 'object' && x !== null ? (x as Record<string, unknown>)['content'] : x))
      .join(', ');
    return { messageId: 'deleted', data: { ids }, severity: denied(e) ? 'low' : 'medium' };
  }),
});
