import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { isOpenCidr } from '../helpers/net.js';
import { succeeded } from '../helpers/principal.js';
import { isRecord } from '../event.js';

type Rule = Readonly<Record<string, unknown>>;

function openInbound(rule: Rule): boolean {
  const p = (isRecord(rule['properties']) ? rule['properties'] : rule) as Rule;
  if (text(p['access'], '').toLowerCase() !== 'allow' || text(p['direction'], '').toLowerCase() !== 'inbound') return false;
  const many: unknown = p['sourceAddressPrefixes'];
  const prefixes: unknown[] = [p['sourceAddressPrefix'], ...(Array.isArray(many) ? (many as unknown[]) : [])];
  return prefixes.some((x) => isOpenCidr(x));
}

export default defineDetector({
  id: 'azure-network-nsg-opened-to-any',
  provider: 'azure',
  title: 'Network security group opened to any source, or removed',
  severity: 'high',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.007', name: 'Impair Defenses: Disable or Modify Cloud Firewall' }],
  description:
    'An NSG rule now allows inbound traffic from any address (*, Internet, 0.0.0.0/0), or an NSG or one of its rules was deleted: hosts behind it become reachable from the internet.',
  falsePositives: ['Public web front ends (restrict to 80/443 and tag them).', 'Rebuilding an NSG in a deployment (a delete followed by a write).'],
  references: ['https://attack.mitre.org/techniques/T1562/007/', 'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview'],
  actions: [
    'microsoft.network/networksecuritygroups/securityrules/write',
    'microsoft.network/networksecuritygroups/write',
    'microsoft.network/networksecuritygroups/delete',
    'microsoft.network/networksecuritygroups/securityrules/delete',
  ],
  defaultOptions: {},
  optionDocs: {},
  messages: {
    opened: '{{principal}} allowed inbound traffic from any address on {{ports}} in {{resource}} from {{sourceIp}}.',
    removed: '{{principal}} deleted {{resource}} from {{sourceIp}}.',
  },
  create: eachEvent((e) => {
    if (!succeeded(e)) return null;
    const key = `${e.resource ?? e.id}|${e.action}|${Math.floor(e.time / 3_600_000)}`;
    if (e.action.endsWith('/delete')) return { messageId: 'removed', severity: 'medium', data: { resource: e.resource ?? 'unknown' }, key };
    if (e.request === null) return null;
    const rules: Rule[] = e.action.includes('securityrules') ? [e.request] : ((field(e.request, 'properties', 'securityRules') as Rule[] | undefined) ?? []);
    const open = rules.filter((r) => isRecord(r) && openInbound(r));
    if (open.length === 0) return null;
    const ports = open.map((r) => text(field(r, 'properties', 'destinationPortRange') ?? field(r, 'destinationPortRange'), '*')).join(', ');
    return { messageId: 'opened', data: { ports, resource: e.resource ?? 'unknown' }, key, evidence: { ports } };
  }),
});
