import { tcpExposureOutcomes, type IpFamily } from '../../../src/engine/helpers/network.js';
import { defineRule } from '../../../src/engine/rule.js';

/** SMB/CIFS over TCP (445) and over NetBIOS session service (139). */
const CIFS_PORTS = [445, 139];
const FAMILIES: readonly IpFamily[] = ['ipv4', 'ipv6'];

export default defineRule({
  id: 'aws-ec2-security-group-cifs-restricted',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  severity: 'high',
  title: 'Security groups do not allow CIFS/SMB from the internet',
  description:
    'Reports each security group ingress rule that opens TCP 445 (SMB) or 139 (NetBIOS session) to 0.0.0.0/0 or ::/0, including all-traffic rules and port ranges that contain them.',
  rationale:
    'SMB exposed to the internet has a long history of wormable vulnerabilities (EternalBlue, SMBGhost) and is a ransomware entry point; file shares belong on private networks.',
  remediation: {
    summary: 'Restrict ports 445 and 139 to the trusted networks that need the share (VPC CIDR, VPN ranges, or security group references).',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions IpProtocol=tcp,FromPort=445,ToPort=445,IpRanges=[{CidrIp=0.0.0.0/0}]',
    console: [
      'Open the EC2 console, choose Security Groups and the group.',
      'Edit inbound rules: change the source of rules covering 445 or 139 to trusted ranges, or delete them.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/limit-access-security-groups.html',
  ],
  reads: ['ingress'],
  messages: {
    restricted: 'Security group {{name}} does not allow CIFS (TCP {{ports}}) from the internet.',
    open: 'Security group {{name}} allows CIFS on TCP port {{port}} from {{cidr}}.',
  },
  evaluate(group) {
    return tcpExposureOutcomes(group.properties.ingress, CIFS_PORTS, FAMILIES);
  },
});
