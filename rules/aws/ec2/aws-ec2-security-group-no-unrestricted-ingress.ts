import { coversPort, formatPorts, isAllPorts, isAnywhere, normaliseProtocol, portsOpened, REMOTE_ADMIN_PORTS } from '../../../src/engine/helpers/network.js';
import { defineRule, type Outcome } from '../../../src/engine/rule.js';
import type { Severity } from '../../../src/core/types.js';

type MessageId = 'restricted' | 'open';
const WEB_PORTS = [80, 443];

export default defineRule({
  id: 'aws-ec2-security-group-no-unrestricted-ingress',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  severity: 'high',
  title: 'Security groups do not allow ingress from 0.0.0.0/0 or ::/0',
  description:
    'Reports every ingress rule that admits the whole internet (0.0.0.0/0 or ::/0), one finding per rule and address range. All traffic and all ports rate critical, remote administration ports (SSH, Telnet, RDP, VNC, WinRM) high, a single HTTP or HTTPS port and ICMP low, anything else medium.',
  rationale:
    'Ingress from anywhere exposes services to scanning and brute force from the whole internet. Remote administration ports are the first thing attackers try; open database and application ports leak data and invite exploitation.',
  remediation: {
    summary:
      'Replace 0.0.0.0/0 and ::/0 sources with the specific address ranges or security groups that need access; reach hosts through Session Manager or a bastion instead of opening admin ports.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]',
    console: [
      'Open the EC2 console, Security Groups, and select the group.',
      'Edit inbound rules: change each 0.0.0.0/0 or ::/0 source to a specific CIDR or security group, or delete the rule.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
  ],
  reads: ['ingress'],
  messages: {
    restricted: 'Security group {{name}} allows no ingress from 0.0.0.0/0 or ::/0.',
    open: 'Security group {{name}} allows {{traffic}} from {{cidr}}.',
  },
  evaluate(group) {
    const outcomes: Outcome<MessageId>[] = [];
    for (const rule of group.properties.ingress) {
      const protocol = normaliseProtocol(rule.ipProtocol);
      const ports = portsOpened(rule.ipProtocol, rule.fromPort, rule.toPort);
      for (const range of [...rule.ipv4Ranges, ...rule.ipv6Ranges]) {
        if (!isAnywhere(range.cidr)) continue;
        outcomes.push({
          status: 'FAIL',
          messageId: 'open',
          severity: severityFor(protocol, ports),
          data: { traffic: describeTraffic(protocol, rule.ipProtocol, ports), cidr: range.cidr },
          findingKey: `${rule.ipProtocol}:${rule.fromPort ?? '*'}-${rule.toPort ?? '*'}:${range.cidr}`,
          evidence: {
            ipProtocol: rule.ipProtocol,
            fromPort: rule.fromPort,
            toPort: rule.toPort,
            cidr: range.cidr,
            attachedInterfaceCount: group.properties.attachedInterfaceCount,
          },
        });
      }
    }
    if (outcomes.length > 0) return outcomes;
    return { status: 'PASS', messageId: 'restricted', evidence: { ingressRules: group.properties.ingress.length } };
  },
});

/** 'all traffic', 'TCP port 22', 'UDP ports 1000-2000', 'ICMP', 'protocol 50'. */
function describeTraffic(protocol: ReturnType<typeof normaliseProtocol>, raw: string, ports: ReturnType<typeof portsOpened>): string {
  if (protocol === 'all') return 'all traffic';
  if (protocol === 'other') return `IP protocol ${raw}`;
  if (protocol === 'icmp' || protocol === 'icmpv6') return protocol.toUpperCase();
  return `${protocol.toUpperCase()} ${formatPorts(ports)}`;
}

function severityFor(protocol: ReturnType<typeof normaliseProtocol>, ports: ReturnType<typeof portsOpened>): Severity {
  if (protocol === 'all') return 'critical';
  if (protocol === 'icmp' || protocol === 'icmpv6') return 'low';
  if (protocol === 'other') return 'medium';
  if (isAllPorts(ports)) return 'critical';
  if (REMOTE_ADMIN_PORTS.some((p) => coversPort(ports, p))) return 'high';
  if (ports !== null && ports.from === ports.to && WEB_PORTS.includes(ports.from)) return 'low';
  return 'medium';
}
