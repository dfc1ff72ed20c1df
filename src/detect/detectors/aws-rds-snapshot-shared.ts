import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-rds-snapshot-shared',
  provider: 'aws',
  title: 'RDS snapshot shared outside the account',
  severity: 'high',
  attack: [{ tactic: 'exfiltration', technique: 'T1537', name: 'Transfer Data to Cloud Account' }],
  description:
    'ModifyDBSnapshotAttribute (or the cluster variant) added another account, or "all", to a snapshot\'s restore permission: the whole database can be restored elsewhere.',
  falsePositives: ['Sharing snapshots with your own backup or analytics account (list it as known).'],
  references: ['https://attack.mitre.org/techniques/T1537/', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html'],
  actions: ['ModifyDBSnapshotAttribute', 'ModifyDBClusterSnapshotAttribute'],
  defaultOptions: { knownAccounts: '' },
  optionDocs: { knownAccounts: 'Comma-separated account ids that are your own.' },
  messages: {
    shared: '{{principal}} shared RDS snapshot {{id}} with {{with}} from {{sourceIp}}.',
    public: '{{principal}} made RDS snapshot {{id}} public from {{sourceIp}}.',
  },
  create: eachEvent((e, ctx) => {
    if (e.errorCode !== null || field(e.request, 'attributeName') !== 'restore') return null;
    const known = new Set(ctx.options.knownAccounts.split(',').map((s) => s.trim()));
    const added = field(e.request, 'valuesToAdd');
    const list = (Array.isArray(added) ? added : []).filter((v): v is string => typeof v === 'string' && v !== e.account && !known.has(v));
    if (list.length === 0) return null;
    const id = text(field(e.request, 'dBSnapshotIdentifier') ?? field(e.request, 'dBClusterSnapshotIdentifier'));
    return {
      messageId: list.includes('all') ? 'public' : 'shared',
      data: { id, with: list.map((v) => (v === 'all' ? 'everyone (public)' : `account ${v}`)).join(', ') },
      evidence: { snapshot: id, sharedWith: list },
      ...(list.includes('all') ? { severity: 'critical' as const } : {}),
    };
  }),
});
