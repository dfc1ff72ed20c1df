/**
 * Factories for VPC networking and EBS resource types, with compliant defaults: NACLs that admit
 * only HTTPS and return traffic, VPCs with flow logs, encrypted volumes, EBS encryption by default.
 */
import type { Resource } from '../../resources/index.js';
import type { Ec2EbsDefaultEncryption, Ec2NetworkAcl, Ec2RouteTable, Ec2Volume, Ec2Vpc, FlowLog, NetworkAclEntry, Route } from '../../resources/aws/index.js';
import { awsRegionFactId } from '../../resources/aws/ids.js';
import { makeResource, placed, type Placement } from './resource.js';

/** A NACL entry; defaults to an ingress allow of TCP 443 from anywhere. */
export function naclEntry(props: Partial<NetworkAclEntry> = {}): NetworkAclEntry {
  return {
    ruleNumber: 100,
    protocol: '6',
    ruleAction: 'allow',
    egress: false,
    cidrBlock: '0.0.0.0/0',
    ipv6CidrBlock: null,
    portRange: { from: 443, to: 443 },
    ...props,
  };
}

/** The catch-all entries every NACL ends with (rule number 32767, shown as '*'). */
export const NACL_DEFAULT_DENY: readonly NetworkAclEntry[] = [
  naclEntry({ ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', portRange: null }),
  naclEntry({ ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', portRange: null, egress: true }),
];

/** A NACL admitting HTTPS and return traffic on the Linux ephemeral ports (32768-65535), which leaves out 3389. */
export function networkAcl(networkAclId: string, props: Partial<Ec2NetworkAcl> = {}, p: Placement = {}): Resource<'aws.ec2.network-acl'> {
  const { account, region, tags } = placed(p);
  return makeResource(
    'aws.ec2.network-acl',
    { id: `arn:aws:ec2:${region}:${account}:network-acl/${networkAclId}`, name: tags['Name'] ?? networkAclId, account, region, tags },
    {
      networkAclId,
      vpcId: 'vpc-0a1b2c3d',
      isDefault: false,
      entries: [
        naclEntry(),
        naclEntry({ ruleNumber: 110, portRange: { from: 32768, to: 65535 } }),
        naclEntry({ ruleNumber: 100, egress: true, protocol: '-1', portRange: null }),
        ...NACL_DEFAULT_DENY,
      ],
      associatedSubnetIds: ['subnet-0a1b2c3d'],
      ...props,
    },
  );
}

export function ec2Volume(volumeId: string, props: Partial<Ec2Volume> = {}, p: Placement = {}): Resource<'aws.ec2.volume'> {
  const { account, region, tags } = placed(p);
  return makeResource(
    'aws.ec2.volume',
    { id: `arn:aws:ec2:${region}:${account}:volume/${volumeId}`, name: tags['Name'] ?? volumeId, account, region, tags },
    {
      volumeId,
      encrypted: true,
      kmsKeyId: `arn:aws:kms:${region}:${account}:key/11111111-2222-3333-4444-555555555555`,
      sizeGiB: 50,
      state: 'in-use',
      attachedInstanceIds: ['i-0a1b2c3d4e5f60708'],
      ...props,
    },
  );
}

/** A flow log; defaults to an active log of all traffic to CloudWatch Logs. */
export function flowLog(props: Partial<FlowLog> = {}): FlowLog {
  return {
    flowLogId: 'fl-0a1b2c3d4e5f60708',
    trafficType: 'ALL',
    flowLogStatus: 'ACTIVE',
    deliverLogsStatus: 'SUCCESS',
    logDestinationType: 'cloud-watch-logs',
    ...props,
  };
}

export function vpc(vpcId: string, props: Partial<Ec2Vpc> = {}, p: Placement = {}): Resource<'aws.ec2.vpc'> {
  const { account, region, tags } = placed(p);
  return makeResource(
    'aws.ec2.vpc',
    { id: `arn:aws:ec2:${region}:${account}:vpc/${vpcId}`, name: tags['Name'] ?? vpcId, account, region, tags },
    { vpcId, isDefault: false, cidrBlock: '10.0.0.0/16', state: 'available', flowLogs: [flowLog()], ...props },
  );
}

/** A route; defaults to the VPC-local route. */
export function route(props: Partial<Route> = {}): Route {
  return {
    destinationCidrBlock: '10.0.0.0/16',
    destinationIpv6CidrBlock: null,
    destinationPrefixListId: null,
    gatewayId: 'local',
    natGatewayId: null,
    vpcPeeringConnectionId: null,
    transitGatewayId: null,
    state: 'active',
    ...props,
  };
}

export function routeTable(routeTableId: string, props: Partial<Ec2RouteTable> = {}, p: Placement = {}): Resource<'aws.ec2.route-table'> {
  const { account, region, tags } = placed(p);
  return makeResource(
    'aws.ec2.route-table',
    { id: `arn:aws:ec2:${region}:${account}:route-table/${routeTableId}`, name: tags['Name'] ?? routeTableId, account, region, tags },
    { routeTableId, vpcId: 'vpc-0a1b2c3d', routes: [route()], associatedSubnetIds: ['subnet-0a1b2c3d'], isMain: false, ...props },
  );
}

export function ebsDefaultEncryption(props: Partial<Ec2EbsDefaultEncryption> = {}, p: Placement = {}): Resource<'aws.ec2.ebs-default-encryption'> {
  const { account, region } = placed(p);
  return makeResource(
    'aws.ec2.ebs-default-encryption',
    { id: awsRegionFactId(account, region, 'ebs-default-encryption'), name: `EBS encryption by default (${region})`, account, region },
    { enabled: true, kmsKeyId: 'alias/aws/ebs', ...props },
  );
}
