import { defineDetector } from '../detector.js';
import { field, text } from '../helpers/each-event.js';
import { isOpenCidr } from '../helpers/net.js';
import { isRecord } from '../event.js';
import type { CloudEvent } from '../event.js';

interface Opening {
  readonly cidr: string;
  readonly ports: string;
}

function openings(e: CloudEvent): Opening[] {
  const out: Opening[] = [];
  const ports = (from: unknown, to: unknown, proto: unknown): string =>
    proto === '-1' || proto === -1 || proto === 'all'
      ? 'all ports'
      : from === to
        ? `${text(proto, 'tcp')}/${text(from, '?')}`
        : `${text(proto, 'tcp')}/${text(from, '?')}-${text(to, '?')}`;
  const direct = field(e.request, 'cidrIp') ?? field(e.request, 'cidrIpv6');
  if (isOpenCidr(direct))
    out.push({ cidr: String(direct), ports: ports(field(e.request, 'fromPort'), field(e.request, 'toPort'), field(e.request, 'ipProtocol')) });
  const perms = field(e.request, 'ipPermissions', 'items');
  for (const p of Array.isArray(perms) ? perms : []) {
    if (!isRecord(p)) continue;
    const ranges = [...asItems(field(p, 'ipRanges', 'items')), ...asItems(field(p, 'ipv6Ranges', 'items'))];
    for (const r of ranges) {
      const cidr = r['cidrIp'] ?? r['cidrIpv6'];
      if (isOpenCidr(cidr)) out.push({ cidr: String(cidr), ports: ports(p['fromPort'], p['toPort'], p['ipProtocol']) });
    }
  }
  return out;
}

function asItems(v: unknown): Record<string, unknown>[] {
  return (Array.isArray(v) ? v : []).filter(isRecord);
}

export default defineDetector({
  id: 'aws-ec2-security-group-opened-to-world',
  provider: 'aws',
  title: 'Security group opened to the internet',
  severity: 'medium',
  attack: [
    { tactic: 'defense-evasion', technique: 'T1562.007', name: 'Impair Defenses: Disable or Modify Cloud Firewall' },
    { tactic: 'exfiltration', technique: 'T1048', name: 'Exfiltration Over Alternative Protocol' },
  ],
  description:
    'An ingress rule allowing any address (a /0 CIDR) was added to a security group: a common first step to reach an instance directly or to move data out over SSH. Administrative ports and all-ports rules rate higher.',
  falsePositives: ['Public load balancers and web servers on 80/443 (the severity stays low for those).'],
  references: ['https://attack.mitre.org/techniques/T1562/007/', 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  actions: ['AuthorizeSecurityGroupIngress'],
  defaultOptions: { webPorts: '80,443' },
  optionDocs: { webPorts: 'Comma-separated TCP ports whose opening to the world is expected (reported as low).' },
  messages: { opened: '{{principal}} opened security group {{group}} to {{cidr}} on {{ports}} from {{sourceIp}}.' },
  create: (ctx) => {
    const web = new Set(ctx.options.webPorts.split(',').map((p) => `tcp/${p.trim()}`));
    return {
      event(e) {
        if (e.errorCode !== null) return;
        const found = openings(e);
        if (found.length === 0) return;
        const allWeb = found.every((o) => web.has(o.ports));
        const admin = found.some((o) => o.ports === 'all ports' || /\/(22|3389|23|5900|5985|5986)$/.test(o.ports));
        ctx.report({
          messageId: 'opened',
          events: [e],
          data: {
            group: text(field(e.request, 'groupId') ?? field(e.request, 'groupName')),
            cidr: [...new Set(found.map((o) => o.cidr))].join(', '),
            ports: found.map((o) => o.ports).join(', '),
          },
          evidence: { openings: found },
          ...(allWeb ? { severity: 'low' as const } : admin ? { severity: 'high' as const } : {}),
        });
      },
    };
  },
});
