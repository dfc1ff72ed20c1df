import { defineRule } from '../../../src/engine/rule.js';

/** A route through a peering connection broader than this covers more than any single VPC can (VPC CIDRs are /16 to /28; IPv6 /56). */
const WIDEST = { ipv4: 16, ipv6: 56 };

function tooBroad(cidr: string | null, widest: number): boolean {
  if (cidr === null) return false;
  const prefix = Number(cidr.split('/')[1]);
  return Number.isFinite(prefix) && prefix < widest;
}

export default defineRule({
  id: 'aws-ec2-route-table-peering-routes-least-access',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.route-table',
  severity: 'low',
  title: 'Routes through VPC peering connections are no broader than a VPC',
  description:
    'Evidence for the manual CIS control on least-access peering routes: reports routes whose target is a VPC peering connection and whose destination is broader than any single VPC (shorter than /16 for IPv4, /56 for IPv6, including default routes). Whether each narrower route is needed still needs review.',
  rationale:
    'A peering route to 0.0.0.0/0 or a large supernet hands the peer far more of the network than the one VPC or subnet it needs, and makes the peering a transit path.',
  remediation: {
    summary: 'Replace broad peering routes with routes to the peer VPC CIDR, or better to the specific subnets that must communicate.',
    cli: 'aws ec2 delete-route --route-table-id <route-table-id> --destination-cidr-block <broad-cidr> && aws ec2 create-route --route-table-id <route-table-id> --destination-cidr-block <peer-subnet-cidr> --vpc-peering-connection-id <pcx-id>',
    console: [
      'Open the VPC console, choose Route tables and the table.',
      'Edit routes: replace peering routes to broad destinations with routes to the peer subnets, and save.',
    ],
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html'],
  reads: ['routes'],
  messages: {
    leastAccess: 'Route table {{name}} routes only VPC-sized or narrower destinations through peering connections.',
    broad: 'Route table {{name}} routes {{destinations}} through a peering connection.',
    noPeering: 'Route table {{name}} has no routes through VPC peering connections.',
  },
  evaluate(table) {
    const peering = table.properties.routes.filter((r) => r.vpcPeeringConnectionId !== null);
    if (peering.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'noPeering', evidence: { routes: table.properties.routes.length } };
    const broad = peering.filter((r) => tooBroad(r.destinationCidrBlock, WIDEST.ipv4) || tooBroad(r.destinationIpv6CidrBlock, WIDEST.ipv6));
    const evidence = {
      peeringRoutes: peering.map((r) => ({
        destination: r.destinationCidrBlock ?? r.destinationIpv6CidrBlock ?? r.destinationPrefixListId,
        via: r.vpcPeeringConnectionId,
      })),
    };
    if (broad.length === 0) return { status: 'PASS', messageId: 'leastAccess', evidence };
    const destinations = broad.map((r) => `${r.destinationCidrBlock ?? r.destinationIpv6CidrBlock ?? ''} (${r.vpcPeeringConnectionId ?? ''})`).join(', ');
    return { status: 'FAIL', messageId: 'broad', data: { destinations }, evidence };
  },
});
