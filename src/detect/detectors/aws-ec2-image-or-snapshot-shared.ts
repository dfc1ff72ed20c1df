import { defineDetector } from '../detector.js';
import { field, text } from '../helpers/each-event.js';
import { isRecord } from '../event.js';
import type { CloudEvent } from '../event.js';

/** Accounts (or 'all' for public) added by a launch/create-volume permission change. */
function grantees(e: CloudEvent): string[] {
  const container =
    e.action === 'ModifyImageAttribute' ? field(e.request, 'launchPermission', 'add', 'items') : field(e.request, 'createVolumePermission', 'add', 'items');
  const out: string[] = [];
  for (const item of Array.isArray(container) ? container : []) {
    if (!isRecord(item)) continue;
    if (typeof item['userId'] === 'string') out.push(item['userId']);
    if (item['group'] === 'all') out.push('all');
    if (typeof item['organizationArn'] === 'string') out.push(item['organizationArn']);
  }
  return out;
}

export default defineDetector({
  id: 'aws-ec2-image-or-snapshot-shared',
  provider: 'aws',
  title: 'AMI or EBS snapshot shared outside the account',
  severity: 'high',
  attack: [{ tactic: 'exfiltration', technique: 'T1537', name: 'Transfer Data to Cloud Account' }],
  description:
    'A machine image or EBS snapshot was shared with another account or made public: its disks (data, keys, configuration) can be copied out without touching the network.',
  falsePositives: ['Sharing golden images with your own organisation accounts (list them as known accounts).'],
  references: ['https://attack.mitre.org/techniques/T1537/', 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html'],
  actions: ['ModifyImageAttribute', 'ModifySnapshotAttribute'],
  defaultOptions: { knownAccounts: '' },
  optionDocs: { knownAccounts: 'Comma-separated account ids that are your own (sharing with them is not reported).' },
  messages: {
    shared: '{{principal}} shared {{kind}} {{id}} with account(s) {{with}} from {{sourceIp}}.',
    public: '{{principal}} made {{kind}} {{id}} public from {{sourceIp}}.',
  },
  create: (ctx) => {
    const known = new Set(
      ctx.options.knownAccounts
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    return {
      event(e) {
        if (e.errorCode !== null) return;
        const list = grantees(e).filter((g) => g !== e.account && !known.has(g));
        if (list.length === 0) return;
        const image = e.action === 'ModifyImageAttribute';
        const kind = image ? 'AMI' : 'EBS snapshot';
        const id = text(field(e.request, image ? 'imageId' : 'snapshotId'));
        const isPublic = list.includes('all');
        ctx.report({
          messageId: isPublic ? 'public' : 'shared',
          events: [e],
          data: { kind, id, with: list.join(', ') },
          evidence: { resource: id, sharedWith: list },
          ...(isPublic ? { severity: 'critical' as const } : {}),
        });
      },
    };
  },
});
