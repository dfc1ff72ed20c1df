import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-ec2-user-data-modified',
  provider: 'aws',
  title: 'Instance user data replaced',
  severity: 'high',
  attack: [
    { tactic: 'execution', technique: 'T1059.009', name: 'Command and Scripting Interpreter: Cloud API' },
    { tactic: 'privilege-escalation', technique: 'T1098', name: 'Account Manipulation' },
  ],
  description:
    "ModifyInstanceAttribute replaced the user data of an existing instance: the script runs as root at the next start (attackers stop the instance, change it, and start it), with the instance role's permissions.",
  falsePositives: ["Rebuilding an instance's bootstrap by hand (rare; launch templates are the normal path)."],
  references: ['https://attack.mitre.org/techniques/T1059/009/', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html'],
  actions: ['ModifyInstanceAttribute'],
  defaultOptions: {},
  optionDocs: {},
  messages: { modified: '{{principal}} replaced the user data of instance {{instance}} from {{sourceIp}}; it runs as root at the next start.' },
  create: eachEvent((e) => {
    if (e.errorCode !== null || field(e.request, 'userData') === undefined) return null;
    return { messageId: 'modified', data: { instance: text(field(e.request, 'instanceId')) } };
  }),
});
