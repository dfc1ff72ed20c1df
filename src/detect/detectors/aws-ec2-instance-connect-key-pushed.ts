import { defineDetector } from '../detector.js';
import { eachEvent, field, text, usualFor } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-ec2-instance-connect-key-pushed',
  provider: 'aws',
  title: 'SSH key pushed to an instance or serial console enabled',
  severity: 'low',
  attack: [{ tactic: 'lateral-movement', technique: 'T1021.004', name: 'Remote Services: SSH' }],
  description:
    'EC2 Instance Connect (SendSSHPublicKey / SendSerialConsoleSSHPublicKey) pushed a temporary SSH key to an instance, or serial console access was enabled for the account, by a principal whose baseline does not do it.',
  falsePositives: ['Engineers who use Instance Connect routinely (they learn it and stay quiet).'],
  references: ['https://attack.mitre.org/techniques/T1021/004/', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-linux-inst-eic.html'],
  actions: ['SendSSHPublicKey', 'SendSerialConsoleSSHPublicKey', 'EnableSerialConsoleAccess'],
  defaultOptions: { usualAfter: 5 },
  optionDocs: { usualAfter: 'Stay quiet when the principal made the same call at least this many times in its learned baseline.' },
  messages: {
    key: '{{principal}} pushed an SSH key for user {{user}} to instance {{instance}} ({{action}}) from {{sourceIp}}.',
    serial: '{{principal}} enabled EC2 serial console access for account {{account}} in {{region}}.',
  },
  create: eachEvent((e, ctx) => {
    if (e.errorCode !== null) return null;
    if (e.action === 'EnableSerialConsoleAccess') return { messageId: 'serial', severity: 'medium' };
    if (usualFor(ctx, e, ctx.options.usualAfter)) return null;
    return {
      messageId: 'key',
      data: { user: text(field(e.request, 'instanceOSUser'), 'serial console'), instance: text(field(e.request, 'instanceId')) },
      key: `${e.principal.key}|${String(field(e.request, 'instanceId'))}|${Math.floor(e.time / 3_600_000)}`,
    };
  }),
});
