/** Network helpers: what counts as "anywhere", and the network a source address belongs to. */

/** A CIDR with prefix length 0 matches every address, whatever its host bits say ("1.2.3.4/0" too). */
export function isOpenCidr(cidr: unknown): boolean {
  if (typeof cidr !== 'string') return false;
  const trimmed = cidr.trim();
  if (trimmed === '*' || /^(any|internet)$/i.test(trimmed)) return true;
  const [, prefix] = trimmed.split('/');
  return prefix !== undefined && Number(prefix) === 0;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function isIpAddress(value: string | null): boolean {
  if (value === null) return false;
  return IPV4.test(value) || (value.includes(':') && /^[0-9a-f:.]+$/i.test(value));
}

/** RFC 1918, loopback, link-local, CGNAT and IPv6 ULA/link-local: traffic from inside a VPC. */
export function isPrivateIp(ip: string): boolean {
  const m = IPV4.exec(ip);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return (
      a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)
    );
  }
  const lower = ip.toLowerCase();
  return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80');
}

/** A public IPv4 or IPv6 address (not a host name, not a VPC-internal address). Cached: addresses repeat. */
const publicIps = new Map<string, boolean>();

export function isPublicIp(value: string | null): boolean {
  if (value === null) return false;
  const hit = publicIps.get(value);
  if (hit !== undefined) return hit;
  const isPublic = isIpAddress(value) && !isPrivateIp(value);
  if (publicIps.size >= 50_000) publicIps.clear();
  publicIps.set(value, isPublic);
  return isPublic;
}

/**
 * The network a call came from, coarse enough to be stable: an IPv4 /24, an IPv6 /48, 'private'
 * for VPC-internal addresses, or the AWS service name when AWS made the call ("ec2.amazonaws.com").
 */
const networks = new Map<string, string>();

export function networkOf(source: string | null): string {
  if (source === null || source === '') return 'unknown';
  const hit = networks.get(source);
  if (hit !== undefined) return hit;
  const network = computeNetwork(source);
  if (networks.size >= 50_000) networks.clear();
  networks.set(source, network);
  return network;
}

function computeNetwork(source: string): string {
  const m = IPV4.exec(source);
  if (m) return isPrivateIp(source) ? 'private' : `${m[1]}.${m[2]}.${m[3]}.0/24`;
  if (source.includes(':') && /^[0-9a-f:]+$/i.test(source)) {
    if (isPrivateIp(source)) return 'private';
    const groups = expandV6(source);
    return `${groups.slice(0, 3).join(':')}::/48`;
  }
  return source.toLowerCase().endsWith('.amazonaws.com') || source === 'AWS Internal' ? 'aws-service' : 'other';
}

function expandV6(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  return [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t].map((g) => g.toLowerCase());
}
