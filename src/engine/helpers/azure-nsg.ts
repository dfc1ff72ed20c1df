/**
 * Network security group evaluation for the CIS Azure networking controls (7.1-7.4): which inbound
 * rules actually let the whole Internet reach a port, the way Azure evaluates them.
 *
 * Azure merges the custom and default rules and, for a packet, applies the first rule in ascending
 * priority whose direction, protocol, source, and ports match. So a Deny from the Internet at
 * priority 100 shadows an Allow from the Internet at priority 200 for the ports they share, and
 * the default DenyAllInBound (65500) closes everything no rule opened. A rule counts as "from the
 * Internet" when a source is '*', 'Any', 'Internet' or a /0 prefix (0.0.0.0/0, ::/0); rules for
 * narrower sources (a CIDR, 'VirtualNetwork', 'AzureLoadBalancer', an application security
 * group) neither expose a port to the whole Internet nor close it for the whole Internet.
 */
import type { NsgSecurityRule } from '../../resources/azure/index.js';
import type { Resource } from '../../resources/index.js';
import type { Outcome } from '../rule.js';
import { ALL_PORTS, type PortRange } from './network.js';

export type NsgProtocol = 'tcp' | 'udp';

/** An Allow rule and the ports it opens to the whole Internet that no higher-priority Deny closed. */
export interface NsgExposure {
  readonly rule: NsgSecurityRule;
  readonly ports: readonly PortRange[];
}

const INTERNET_TAGS = new Set(['*', 'any', 'internet']);

/** True for a source that stands for every Internet address. */
export function isInternetSource(prefix: string): boolean {
  const value = prefix.trim().toLowerCase();
  if (INTERNET_TAGS.has(value)) return true;
  if (value === '0.0.0.0' || value === '::') return true;
  const [, length] = value.split('/');
  return length !== undefined && Number(length) === 0;
}

/** True when the rule applies to `protocol` ('*' covers TCP and UDP; ICMP, ESP and AH cover neither). */
export function ruleCoversProtocol(rule: NsgSecurityRule, protocol: NsgProtocol): boolean {
  const value = rule.protocol.trim().toLowerCase();
  return value === '*' || value === 'any' || value === protocol;
}

/**
 * Parses NSG destination port specs ('*', '22', '1000-2000'). An unparseable spec yields null, so
 * a caller can be conservative in the direction that is safe for it.
 */
export function parsePortSpec(spec: string): PortRange | null {
  const value = spec.trim();
  if (value === '*' || value.toLowerCase() === 'any') return ALL_PORTS;
  const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from > 65535 || to > 65535 || from > to) return null;
  return { from, to };
}

/**
 * The ports each inbound Allow rule opens to the whole Internet for `protocol`, after the rules of
 * higher priority (lower number) have decided theirs. Unparseable port specs count as all ports on
 * an Allow (never hide an exposure) and as no ports on a Deny (never assume a closure).
 */
export function internetExposures(rules: readonly NsgSecurityRule[], protocol: NsgProtocol): NsgExposure[] {
  const inbound = rules
    .filter((r) => r.direction.toLowerCase() === 'inbound' && ruleCoversProtocol(r, protocol) && r.sourceAddressPrefixes.some(isInternetSource))
    .sort((a, b) => a.priority - b.priority);
  let open: PortRange[] = [ALL_PORTS];
  const exposures: NsgExposure[] = [];
  for (const rule of inbound) {
    const allow = rule.access.toLowerCase() === 'allow';
    const specs = rule.destinationPortRanges.length === 0 ? ['*'] : rule.destinationPortRanges;
    const ranges = specs.map(parsePortSpec).flatMap((r) => (r !== null ? [r] : allow ? [ALL_PORTS] : []));
    const decided = intersect(open, ranges);
    if (decided.length === 0) continue;
    if (allow) exposures.push({ rule, ports: decided });
    open = subtract(open, ranges);
    if (open.length === 0) break;
  }
  return exposures;
}

/** The exposures that include `port`. */
export function exposuresOfPort(exposures: readonly NsgExposure[], port: number): NsgExposure[] {
  return exposures.filter((e) => e.ports.some((r) => r.from <= port && port <= r.to));
}

/** '22', '1000-2000', '*': how Azure writes port ranges, for messages and evidence. */
export function formatPortRanges(ranges: readonly PortRange[]): string {
  return ranges.map((r) => (r.from === 0 && r.to === 65535 ? '*' : r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(', ');
}

/** What a finding shows of a rule. */
export function ruleEvidence(exposure: NsgExposure): Record<string, unknown> {
  const { rule } = exposure;
  return {
    rule: rule.name,
    priority: rule.priority,
    protocol: rule.protocol,
    sourceAddressPrefixes: rule.sourceAddressPrefixes,
    destinationPortRanges: rule.destinationPortRanges,
    exposedPorts: formatPortRanges(exposure.ports),
  };
}

function intersect(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  const out: PortRange[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (from <= to) out.push({ from, to });
    }
  }
  return merge(out);
}

function subtract(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  let rest = [...a];
  for (const y of b) {
    rest = rest.flatMap((x) => {
      if (y.to < x.from || y.from > x.to) return [x];
      const parts: PortRange[] = [];
      if (y.from > x.from) parts.push({ from: x.from, to: y.from - 1 });
      if (y.to < x.to) parts.push({ from: y.to + 1, to: x.to });
      return parts;
    });
  }
  return rest;
}

function merge(ranges: PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((x, y) => x.from - y.from);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) out[out.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else out.push(r);
  }
  return out;
}

/** What an Internet-exposure control looks for: a protocol and the ports of a service (null: any port). */
export interface ExposureSpec {
  /** 'RDP', 'SSH', 'UDP', 'HTTP(S)'. */
  readonly service: string;
  readonly protocol: NsgProtocol;
  readonly ports: readonly number[] | null;
}

export type ExposureMessageId = 'restricted' | 'exposed';

export function exposureMessages(service: string): Readonly<Record<ExposureMessageId, string>> {
  return {
    restricted: `Network security group {{name}} does not allow ${service} from the Internet.`,
    exposed: `Network security group {{name}} allows ${service} from the Internet through rule {{rule}} (priority {{priority}}, source {{source}}, ports {{ports}}).`,
  };
}

/** One FAIL per rule that exposes the service to the whole Internet, or one PASS. */
export function evaluateExposure(nsg: Resource<'azure.network.security-group'>, spec: ExposureSpec): Outcome<ExposureMessageId>[] {
  const rules = [...nsg.properties.securityRules, ...nsg.properties.defaultSecurityRules];
  const all = internetExposures(rules, spec.protocol);
  const exposing = spec.ports === null ? all : all.filter((e) => spec.ports?.some((p) => exposuresOfPort([e], p).length > 0));
  if (exposing.length === 0) {
    return [{ status: 'PASS', messageId: 'restricted', evidence: { protocol: spec.protocol, ports: spec.ports ?? '*', internetRules: all.map(ruleEvidence) } }];
  }
  return exposing.map((e) => ({
    status: 'FAIL',
    messageId: 'exposed',
    findingKey: e.rule.name,
    data: { rule: e.rule.name, priority: e.rule.priority, source: e.rule.sourceAddressPrefixes.join(', '), ports: formatPortRanges(e.ports) },
    evidence: ruleEvidence(e),
  }));
}
