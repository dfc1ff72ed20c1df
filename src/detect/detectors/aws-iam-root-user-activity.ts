import { defineDetector } from '../detector.js';
import { eachEvent, field } from '../helpers/each-event.js';

/** Root actions AWS performs or that are harmless on their own. */
const IGNORED = new Set(['CreateServiceLinkedRole', 'GetSigninToken', 'CheckMfa', 'ExternalIdPDirectoryLogin']);

export default defineDetector({
  id: 'aws-iam-root-user-activity',
  provider: 'aws',
  title: 'Root user signed in or made changes',
  severity: 'high',
  attack: [
    { tactic: 'initial-access', technique: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' },
    { tactic: 'privilege-escalation', technique: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' },
  ],
  description:
    'The root user signed in or changed something. Root cannot be restricted by IAM or SCPs and should be locked away; day-to-day use, or use by anyone but the account owner, is a takeover sign. One alert per root session (source address and hour).',
  falsePositives: ['The few tasks that need root (closing the account, changing the support plan, restoring IAM access), done by the owner.'],
  references: ['https://attack.mitre.org/techniques/T1078/004/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html'],
  actions: '*',
  defaultOptions: { includeReadOnly: false },
  optionDocs: { includeReadOnly: 'Also report root sessions that only read (List/Get/Describe).' },
  messages: {
    login: '{{principal}} signed in to the console from {{sourceIp}}.',
    activity: '{{principal}} called {{action}} from {{sourceIp}}; the root user should not be used for day-to-day work.',
  },
  create: eachEvent((e, ctx) => {
    if (e.principal.type !== 'root' || e.principal.invokedBy !== null || e.errorCode !== null || IGNORED.has(e.action)) return null;
    const hour = Math.floor(e.time / 3_600_000);
    if (e.action === 'ConsoleLogin')
      return field(e.response, 'ConsoleLogin') === 'Success' ? { messageId: 'login', key: `${e.principal.key}|login|${e.id}` } : null;
    if (e.readOnly !== false && !ctx.options.includeReadOnly) return null;
    return { messageId: 'activity', key: `${e.principal.key}|${e.sourceIp ?? ''}|${hour}` };
  }),
});
