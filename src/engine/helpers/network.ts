/** Port and CIDR helpers shared by the security group and network ACL rules. */

export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export const ALL_PORTS: PortRange = Object.freeze({ from: 0, to: 65535 });

/** Remote administration ports: SSH, Telnet, RDP, VNC, WinRM. */
export const REMOTE_ADMIN_PORTS: readonly number[] = Object.freeze([22, 23, 3389, 5900, 5985, 5986]);

/** True for a CIDR that means "anywhere" in IPv4 or IPv6. */
export function isAnywhere(cidr: string | null): boolean {
  if (cidr === null) return false;
  const [address, prefix] = cidr.trim().split('/');
  if (prefix === undefined || Number(prefix) !== 0) return false;
  return address === '0.0.0.0' || /^[0:]*$/.test(address ?? 'x');
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
