/** Port and CIDR helpers shared by the security group and network ACL rules. */
import { isIP } from 'node:net';
import type { Outcome } from '../rule.js';

export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export const ALL_PORTS: PortRange = Object.freeze({ from: 0, to: 65535 });

/** Remote administration ports: SSH, Telnet, RDP, VNC, WinRM. */
export const REMOTE_ADMIN_PORTS: readonly number[] = Object.freeze([22, 23, 3389, 5900, 5985, 5986]);

/**
 * True for a CIDR that means "anywhere" in IPv4 or IPv6: any address with a /0 prefix, since a
 * zero-length mask matches every address whatever the address bits (`0.0.0.0/0`, `::/0`, and also
 * a non-canonical `10.0.0.0/0`, which matches just as much).
 */
export function isAnywhere(cidr: string | null): boolean {
  if (cidr === null) return false;
  const [address, prefix, extra] = cidr.trim().split('/');
  if (extra !== undefined || prefix === undefined || !/^0+$/.test(prefix)) return false;
  return isIP(address ?? '') !== 0;
}

/** Protocol names and numbers as security groups and NACLs spell them. */
export function normaliseProtocol(protocol: string): 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'other' {
  switch (protocol.toLowerCase()) {
    case '-1':
    case 'all':
      return 'all';
    case 'tcp':
    case '6':
      return 'tcp';
    case 'udp':
    case '17':
      return 'udp';
    case 'icmp':
    case '1':
      return 'icmp';
    case 'icmpv6':
    case '58':
      return 'icmpv6';
    default:
      return 'other';
  }
}

/**
 * The ports a rule opens: all of them for protocol -1 (and for any protocol without ports), the
 * from/to range for TCP and UDP, none for ICMP.
 */
export function portsOpened(protocol: string, fromPort: number | null, toPort: number | null): PortRange | null {
  const p = normaliseProtocol(protocol);
  if (p === 'icmp' || p === 'icmpv6') return null;
  if (p === 'all' || p === 'other' || fromPort === null || toPort === null) return ALL_PORTS;
  if (fromPort === -1 && toPort === -1) return ALL_PORTS;
  return { from: Math.max(0, Math.min(fromPort, toPort)), to: Math.min(65535, Math.max(fromPort, toPort)) };
}

export function coversPort(range: PortRange | null, port: number): boolean {
  return range !== null && range.from <= port && port <= range.to;
}

export function isAllPorts(range: PortRange | null): boolean {
  return range !== null && range.from <= 0 && range.to >= 65535;
}

export function formatPorts(range: PortRange | null): string {
  if (range === null) return 'no ports';
  if (isAllPorts(range)) return 'all ports';
  return range.from === range.to ? `port ${range.from}` : `ports ${range.from}-${range.to}`;
}

/** The remote administration ports the CIS networking controls name: SSH and RDP. */
export const CIS_ADMIN_PORTS: readonly number[] = Object.freeze([22, 3389]);

export type IpFamily = 'ipv4' | 'ipv6';
export const ANYWHERE: Readonly<Record<IpFamily, string>> = Object.freeze({ ipv4: '0.0.0.0/0', ipv6: '::/0' });

/** The shape of a network ACL entry the evaluation needs (Ec2NetworkAcl entries fit it). */
export interface AclEntry {
  readonly ruleNumber: number;
  readonly protocol: string;
  readonly ruleAction: 'allow' | 'deny';
  readonly egress: boolean;
  readonly cidrBlock: string | null;
  readonly ipv6CidrBlock: string | null;
  readonly portRange: { readonly from: number; readonly to: number } | null;
}

/** What decides whether a NACL admits TCP traffic from anywhere to a port. */
export interface AclDecision {
  readonly allowed: boolean;
  /** The entry that decided (lowest rule number that matches), or null when none matched (implicit deny). */
  readonly entry: AclEntry | null;
}

/**
 * Evaluates a network ACL's inbound entries for TCP traffic from the whole internet (0.0.0.0/0 or
 * ::/0) to `port`, the way AWS does: entries in ascending rule-number order, the first that matches
 * decides, so a deny numbered before an allow wins. An entry matches when its source is the
 * anywhere range of that family, its protocol is TCP or all (-1), and its port range (none = all
 * ports) contains the port. Entries for narrower sources only decide for those sources and are not
 * "from anywhere" (the CIS audit looks for 0.0.0.0/0 and ::/0).
 */
export function aclIngressFromAnywhere(entries: readonly AclEntry[], port: number, family: IpFamily): AclDecision {
  const ordered = entries.filter((e) => !e.egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
  for (const entry of ordered) {
    const source = family === 'ipv4' ? entry.cidrBlock : entry.ipv6CidrBlock;
    if (!isAnywhere(source)) continue;
    const protocol = normaliseProtocol(entry.protocol);
    if (protocol !== 'all' && protocol !== 'tcp') continue;
    const ports = protocol === 'all' || entry.portRange === null ? ALL_PORTS : { from: entry.portRange.from, to: entry.portRange.to };
    if (!coversPort(ports, port)) continue;
    return { allowed: entry.ruleAction === 'allow', entry };
  }
  return { allowed: false, entry: null };
}

/** The shape of a security group rule the evaluation needs (SecurityGroupRule fits it). */
export interface IngressRule {
  readonly ipProtocol: string;
  readonly fromPort: number | null;
  readonly toPort: number | null;
  readonly ipv4Ranges: readonly { readonly cidr: string }[];
  readonly ipv6Ranges: readonly { readonly cidr: string }[];
}

/** True when a security group rule admits TCP traffic to `port` from the anywhere range of `family`. */
export function ingressOpensTcpPort(rule: IngressRule, port: number, family: IpFamily): boolean {
  const ranges = family === 'ipv4' ? rule.ipv4Ranges : rule.ipv6Ranges;
  if (!ranges.some((r) => isAnywhere(r.cidr))) return false;
  const protocol = normaliseProtocol(rule.ipProtocol);
  if (protocol !== 'all' && protocol !== 'tcp') return false;
  return coversPort(portsOpened(rule.ipProtocol, rule.fromPort, rule.toPort), port);
}

export interface OpenPort {
  readonly rule: IngressRule;
  readonly port: number;
  readonly cidr: string;
}

/** Every (rule, port) pair of `ports` that the ingress rules open over TCP to the anywhere range of `family`. */
export function tcpPortsOpenFromAnywhere(ingress: readonly IngressRule[], ports: readonly number[], family: IpFamily): OpenPort[] {
  return ingress.flatMap((rule) => ports.filter((port) => ingressOpensTcpPort(rule, port, family)).map((port) => ({ rule, port, cidr: ANYWHERE[family] })));
}

export type ExposureMessageId = 'restricted' | 'open';

/**
 * The outcomes of a security group rule about TCP `ports` open from anywhere: one FAIL per (rule,
 * port, anywhere range), keyed 'tcp/<port>/<cidr>', or one PASS. `context` joins every FAIL's evidence.
 */
export function tcpExposureOutcomes(
  ingress: readonly IngressRule[],
  ports: readonly number[],
  families: readonly IpFamily[],
  context: Readonly<Record<string, unknown>> = {},
): Outcome<ExposureMessageId> | Outcome<ExposureMessageId>[] {
  const open = families.flatMap((family) => tcpPortsOpenFromAnywhere(ingress, ports, family));
  if (open.length === 0) return { status: 'PASS', messageId: 'restricted', data: { ports: ports.join(', ') }, evidence: { ingressRules: ingress.length } };
  return open.map(({ rule, port, cidr }) => ({
    status: 'FAIL',
    messageId: 'open',
    data: { port, cidr },
    findingKey: `tcp/${port}/${cidr}`,
    evidence: { port, cidr, ipProtocol: rule.ipProtocol, fromPort: rule.fromPort, toPort: rule.toPort, ...context },
  }));
}
