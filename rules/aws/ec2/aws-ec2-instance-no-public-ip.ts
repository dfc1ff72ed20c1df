import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-ec2-instance-no-public-ip',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  severity: 'medium',
  title: 'EC2 instances have no public IP address',
  description: 'Checks that EC2 instances have neither a public IPv4 address nor an IPv6 address (EC2 IPv6 addresses are globally routable).',
  rationale:
    'An instance with a public address can be reached from the internet whenever a security group or NACL rule allows it. Placing instances in private subnets behind load balancers, NAT or Session Manager removes that exposure.',
  remediation: {
    summary:
      'Move the workload to a private subnet (no auto-assigned public IP) and reach it through a load balancer, NAT gateway or Systems Manager Session Manager; release Elastic IPs that are not needed.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    console: [
      'In the VPC console, edit the subnet settings and clear "Enable auto-assign public IPv4 address".',
      'Launch a replacement instance in a private subnet, or disassociate the Elastic IP from the instance.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9',
  ],
  reads: ['publicIpAddress', 'ipv6Addresses', 'state'],
  messages: {
    private: 'EC2 instance {{name}} has no public IP address.',
    publicIpv4: 'EC2 instance {{name}} has the public IPv4 address {{ip}}.',
    publicIpv6: 'EC2 instance {{name}} has globally routable IPv6 addresses ({{ips}}).',
    terminated: 'EC2 instance {{name}} is terminated.',
  },
  evaluate(instance) {
    const { publicIpAddress, ipv6Addresses, state } = instance.properties;
    const evidence = { publicIpAddress, ipv6Addresses, state };
    if (state === 'terminated' || state === 'shutting-down') return { status: 'NOT_APPLICABLE', messageId: 'terminated', evidence };
    if (publicIpAddress !== null) return { status: 'FAIL', messageId: 'publicIpv4', data: { ip: publicIpAddress }, evidence };
    if (ipv6Addresses.length > 0) return { status: 'FAIL', messageId: 'publicIpv6', severity: 'low', data: { ips: ipv6Addresses.join(', ') }, evidence };
    return { status: 'PASS', messageId: 'private', evidence };
  },
});
