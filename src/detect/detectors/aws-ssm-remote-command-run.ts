import { defineDetector } from '../detector.js';
import { eachEvent, field, text, usualFor } from '../helpers/each-event.js';

const SHELL_DOCUMENTS =
  /^(AWS-RunShellScript|AWS-RunPowerShellScript|AWS-RunRemoteScript|AWS-StartInteractiveCommand|AWS-StartSSHSession|AWS-StartPortForwardingSession.*)$/;

export default defineDetector({
  id: 'aws-ssm-remote-command-run',
  provider: 'aws',
  title: 'Shell command or session on instances through SSM',
  severity: 'low',
  attack: [
    { tactic: 'execution', technique: 'T1651', name: 'Cloud Administration Command' },
    { tactic: 'lateral-movement', technique: 'T1021.007', name: 'Remote Services: Cloud Services' },
  ],
  description:
    'SendCommand with a shell-script document to several instances (or by tag), or an interactive StartSession, by a principal whose baseline does not do it: runs commands as root on instances (and can read their role credentials from the metadata service).',
  falsePositives: ['Operators and automation that use Session Manager or Run Command every day (they learn it and stay quiet).'],
  references: ['https://attack.mitre.org/techniques/T1651/', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html'],
  actions: ['SendCommand', 'StartSession'],
  defaultOptions: { usualAfter: 5, minTargets: 2 },
  optionDocs: {
    usualAfter: 'Stay quiet when the principal made the same call at least this many times in its learned baseline.',
    minTargets:
      'Report a SendCommand only when it targets at least this many instances (or instances by tag): fleet-wide commands are the lateral-movement signal.',
  },
  messages: {
    command: '{{principal}} ran {{document}} on {{targets}} from {{sourceIp}}.',
    session: '{{principal}} opened an SSM session on {{targets}} from {{sourceIp}}.',
  },
  create: eachEvent((e, ctx) => {
    if (e.errorCode !== null || usualFor(ctx, e, ctx.options.usualAfter)) return null;
    if (e.action === 'StartSession') return { messageId: 'session', data: { targets: text(field(e.request, 'target')) } };
    const document = text(field(e.request, 'documentName'));
    if (!SHELL_DOCUMENTS.test(document)) return null;
    const ids = field(e.request, 'instanceIds');
    const byTag = Array.isArray(field(e.request, 'targets')) && (field(e.request, 'targets') as unknown[]).length > 0;
    if (!byTag && (!Array.isArray(ids) || ids.length < ctx.options.minTargets)) return null;
    const targets = Array.isArray(ids) && ids.length > 0 ? ids.join(', ') : 'targeted instances';
    return { messageId: 'command', data: { document, targets }, evidence: { document, instances: ids ?? null } };
  }),
});
