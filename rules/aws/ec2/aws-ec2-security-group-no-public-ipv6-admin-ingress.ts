import { CIS_ADMIN_PORTS, tcpExposureOutcomes } from '../../../src/engine/helpers/network.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-ec2-security-group-no-public-ipv6-admin-ingress',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  severity: 'high',
  title: 'Security groups do not allow SSH or RDP from ::/0',
  description:
    'Reports each security group ingress rule that opens TCP 22 (SSH) or 3389 (RDP) to ::/0, including all-traffic rules (protocol -1) and port ranges that contain them.',
  rationale: 'IPv6 addresses are routable end to end: an instance reachable on ::/0 is exposed to the whole IPv6 internet even when its IPv4 rules are tight.',
  remediation: {
    summary: 'Remove ::/0 from the rules that cover SSH and RDP; use Systems Manager Session Manager, a VPN or specific IPv6 ranges.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]',
    console: [
      'Open the EC2 console, choose Security Groups and the group.',
      'Edit inbound rules: replace the ::/0 source of the listed ports with specific ranges or security groups, or delete the rules.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-53',
  ],
  reads: ['ingress'],
  messages: {
    restricted: 'Security group {{name}} does not allow TCP ports {{ports}} from ::/0.',
    open: 'Security group {{name}} allows TCP port {{port}} from {{cidr}}.',
  },
  evaluate(group) {
    return tcpExposureOutcomes(group.properties.ingress, CIS_ADMIN_PORTS, ['ipv6'], { attachedInterfaceCount: group.properties.attachedInterfaceCount });
  },
});
