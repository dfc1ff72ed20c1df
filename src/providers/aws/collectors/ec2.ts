/** EC2/VPC: instances, security groups, network ACLs, volumes, VPCs with flow logs, route tables, EBS default encryption. */
import {
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeFlowLogs,
  paginateDescribeInstances,
  paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeVolumes,
  paginateDescribeVpcs,
  type FlowLog as SdkFlowLog,
  type Instance,
  type IpPermission,
  type NetworkAcl,
  type RouteTable,
  type SecurityGroup,
  type Volume,
  type Vpc,
} from '@aws-sdk/client-ec2';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { AnyResource, Resource } from '../../../resources/index.js';
import type {
  Ec2Instance,
  Ec2NetworkAcl,
  Ec2RouteTable,
  Ec2SecurityGroup,
  Ec2Volume,
  Ec2Vpc,
  FlowLog,
  SecurityGroupRule,
} from '../../../resources/aws/index.js';
import { awsRegionFactId } from '../../../resources/aws/ids.js';
import { call, forEachRegion, iso, pages, recordError, tagsOf, walkPages, type AwsCollectContext, type AwsCollector, type CallScope } from '../context.js';

const ID = 'ec2';

export const ec2Collector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: [
    'aws.ec2.instance',
    'aws.ec2.security-group',
    'aws.ec2.network-acl',
    'aws.ec2.volume',
    'aws.ec2.vpc',
    'aws.ec2.route-table',
    'aws.ec2.ebs-default-encryption',
  ],
  permissions: [
    'ec2:DescribeInstances',
    'ec2:DescribeSecurityGroups',
    'ec2:DescribeNetworkInterfaces',
    'ec2:DescribeNetworkAcls',
    'ec2:DescribeVolumes',
    'ec2:DescribeVpcs',
    'ec2:DescribeFlowLogs',
    'ec2:DescribeRouteTables',
    'ec2:GetEbsEncryptionByDefault',
    'ec2:GetEbsDefaultKmsKeyId',
  ],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      await Promise.all([
        instances(ctx, region),
        securityGroups(ctx, region),
        networkAcls(ctx, region),
        volumes(ctx, region),
        vpcs(ctx, region),
        routeTables(ctx, region),
        ebsDefault(ctx, region),
      ]);
    }),
};

const scopeOf = (region: string, type: CallScope['resourceTypes'][number]): CallScope => ({ collector: ID, region, resourceTypes: [type] });
const arn = (ctx: AwsCollectContext, region: string, kind: string, id: string): string => `arn:${ctx.partition}:ec2:${region}:${ctx.account}:${kind}/${id}`;
const nameOf = (tags: Record<string, string>, id: string): string => tags['Name'] ?? id;

/** The envelope of a tagged EC2 resource: its ARN, its Name tag (else its id) as name, and its tags. */
type Ec2Identity = Parameters<typeof makeResource>[1];

/** One paged listing of a tagged EC2 kind. */
interface TaggedListing<P, Raw> {
  readonly type: CallScope['resourceTypes'][number];
  /** The ARN's resource kind, e.g. 'network-acl'. */
  readonly kind: string;
  readonly action: string;
  readonly paginator: AsyncIterable<P>;
  readonly items: (page: P) => readonly Raw[];
  readonly idOf: (raw: Raw) => string | undefined;
  readonly toResource: (raw: Raw, identity: Ec2Identity) => AnyResource;
}

/** Lists one tagged EC2 kind in `region`: every item with an id becomes a resource; a failure is recorded for the kind. */
function listTagged<P, Raw extends { readonly Tags?: Parameters<typeof tagsOf>[0] }>(
  ctx: AwsCollectContext,
  region: string,
  listing: TaggedListing<P, Raw>,
): Promise<boolean> {
  return pages(ctx, scopeOf(region, listing.type), listing.action, listing.paginator, (page) => {
    for (const raw of listing.items(page)) {
      const id = listing.idOf(raw);
      if (id === undefined) continue;
      const tags = tagsOf(raw.Tags);
      ctx.sink.resource(listing.toResource(raw, { id: arn(ctx, region, listing.kind, id), name: nameOf(tags, id), account: ctx.account, region, tags }));
    }
  });
}

const instances = (ctx: AwsCollectContext, region: string): Promise<boolean> =>
  listTagged(ctx, region, {
    type: 'aws.ec2.instance',
    kind: 'instance',
    action: 'ec2:DescribeInstances',
    paginator: paginateDescribeInstances({ client: ctx.clients.ec2(region) }, {}),
    items: (page) => (page.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? []),
    idOf: (raw) => raw.InstanceId,
    toResource: (raw, identity) => makeResource('aws.ec2.instance', identity, toInstance(raw)),
  });

export function toInstance(raw: Instance): Ec2Instance {
  return {
    instanceId: raw.InstanceId ?? '',
    state: raw.State?.Name ?? 'unknown',
    instanceType: raw.InstanceType ?? null,
    imageId: raw.ImageId ?? null,
    launchTime: iso(raw.LaunchTime),
    platform: raw.Platform ?? null,
    vpcId: raw.VpcId ?? null,
    subnetId: raw.SubnetId ?? null,
    privateIpAddress: raw.PrivateIpAddress ?? null,
    publicIpAddress: raw.PublicIpAddress ?? null,
    ipv6Addresses: (raw.NetworkInterfaces ?? []).flatMap((n) => (n.Ipv6Addresses ?? []).flatMap((a) => (a.Ipv6Address ? [a.Ipv6Address] : []))),
    securityGroupIds: (raw.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
    iamInstanceProfileArn: raw.IamInstanceProfile?.Arn ?? null,
    metadataOptions: raw.MetadataOptions
      ? {
          httpTokens: raw.MetadataOptions.HttpTokens ?? null,
          httpEndpoint: raw.MetadataOptions.HttpEndpoint ?? null,
          httpPutResponseHopLimit: raw.MetadataOptions.HttpPutResponseHopLimit ?? null,
        }
      : null,
  };
}

async function securityGroups(ctx: AwsCollectContext, region: string): Promise<void> {
  const client = ctx.clients.ec2(region);
  const groups: SecurityGroup[] = [];
  const usage = new Map<string, number>();
  const [, enis] = await Promise.all([
    pages(ctx, scopeOf(region, 'aws.ec2.security-group'), 'ec2:DescribeSecurityGroups', paginateDescribeSecurityGroups({ client }, {}), (page) => {
      groups.push(...(page.SecurityGroups ?? []));
    }),
    walkPages(ctx, paginateDescribeNetworkInterfaces({ client }, {}), (page) => {
      for (const eni of page.NetworkInterfaces ?? []) for (const g of eni.Groups ?? []) if (g.GroupId) usage.set(g.GroupId, (usage.get(g.GroupId) ?? 0) + 1);
    }),
  ]);
  for (const raw of groups) {
    if (raw.GroupId === undefined) continue;
    const id = arn(ctx, region, 'security-group', raw.GroupId);
    // A failed interface listing leaves only the usage count unknown, per group.
    if (enis !== null)
      recordError(
        ctx,
        { ...scopeOf(region, 'aws.ec2.security-group'), resourceId: id, properties: ['attachedInterfaceCount'] },
        'ec2:DescribeNetworkInterfaces',
        enis.error,
      );
    const tags = tagsOf(raw.Tags);
    ctx.sink.resource(
      makeResource(
        'aws.ec2.security-group',
        { id, name: raw.GroupName ?? raw.GroupId, account: ctx.account, region, tags },
        toSecurityGroup(raw, enis === null ? (usage.get(raw.GroupId) ?? 0) : null),
      ),
    );
  }
}

export function toSecurityGroup(raw: SecurityGroup, attachedInterfaceCount: number | null): Ec2SecurityGroup {
  return {
    groupId: raw.GroupId ?? '',
    groupName: raw.GroupName ?? raw.GroupId ?? '',
    description: raw.Description ?? null,
    vpcId: raw.VpcId ?? null,
    ownerId: raw.OwnerId ?? null,
    ingress: (raw.IpPermissions ?? []).map(toRule),
    egress: (raw.IpPermissionsEgress ?? []).map(toRule),
    attachedInterfaceCount,
  };
}

export function toRule(raw: IpPermission): SecurityGroupRule {
  const protocol = raw.IpProtocol ?? '-1';
  return {
    ipProtocol: protocol,
    fromPort: protocol === '-1' ? null : (raw.FromPort ?? null),
    toPort: protocol === '-1' ? null : (raw.ToPort ?? null),
    ipv4Ranges: (raw.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [{ cidr: r.CidrIp, description: r.Description ?? null }] : [])),
    ipv6Ranges: (raw.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [{ cidr: r.CidrIpv6, description: r.Description ?? null }] : [])),
    prefixListIds: (raw.PrefixListIds ?? []).flatMap((p) => (p.PrefixListId ? [p.PrefixListId] : [])),
    referencedGroupIds: (raw.UserIdGroupPairs ?? []).flatMap((p) => (p.GroupId ? [p.GroupId] : [])),
  };
}

const networkAcls = (ctx: AwsCollectContext, region: string): Promise<boolean> =>
  listTagged(ctx, region, {
    type: 'aws.ec2.network-acl',
    kind: 'network-acl',
    action: 'ec2:DescribeNetworkAcls',
    paginator: paginateDescribeNetworkAcls({ client: ctx.clients.ec2(region) }, {}),
    items: (page) => page.NetworkAcls ?? [],
    idOf: (raw) => raw.NetworkAclId,
    toResource: (raw, identity) => makeResource('aws.ec2.network-acl', identity, toNetworkAcl(raw)),
  });

export function toNetworkAcl(raw: NetworkAcl): Ec2NetworkAcl {
  return {
    networkAclId: raw.NetworkAclId ?? '',
    vpcId: raw.VpcId ?? null,
    isDefault: raw.IsDefault ?? false,
    entries: (raw.Entries ?? []).map((e) => ({
      ruleNumber: e.RuleNumber ?? 0,
      protocol: e.Protocol ?? '-1',
      ruleAction: e.RuleAction === 'deny' ? 'deny' : 'allow',
      egress: e.Egress ?? false,
      cidrBlock: e.CidrBlock ?? null,
      ipv6CidrBlock: e.Ipv6CidrBlock ?? null,
      portRange: e.PortRange?.From !== undefined && e.PortRange.To !== undefined ? { from: e.PortRange.From, to: e.PortRange.To } : null,
    })),
    associatedSubnetIds: (raw.Associations ?? []).flatMap((a) => (a.SubnetId ? [a.SubnetId] : [])),
  };
}

const volumes = (ctx: AwsCollectContext, region: string): Promise<boolean> =>
  listTagged(ctx, region, {
    type: 'aws.ec2.volume',
    kind: 'volume',
    action: 'ec2:DescribeVolumes',
    paginator: paginateDescribeVolumes({ client: ctx.clients.ec2(region) }, {}),
    items: (page) => page.Volumes ?? [],
    idOf: (raw) => raw.VolumeId,
    toResource: (raw, identity) => makeResource('aws.ec2.volume', identity, toVolume(raw)),
  });

export function toVolume(raw: Volume): Ec2Volume {
  return {
    volumeId: raw.VolumeId ?? '',
    encrypted: raw.Encrypted ?? false,
    kmsKeyId: raw.KmsKeyId ?? null,
    sizeGiB: raw.Size ?? null,
    state: raw.State ?? null,
    attachedInstanceIds: (raw.Attachments ?? []).flatMap((a) => (a.InstanceId ? [a.InstanceId] : [])),
  };
}

async function vpcs(ctx: AwsCollectContext, region: string): Promise<void> {
  const client = ctx.clients.ec2(region);
  const found: Vpc[] = [];
  const flowLogs = new Map<string, FlowLog[]>();
  const [, flowFailure] = await Promise.all([
    pages(ctx, scopeOf(region, 'aws.ec2.vpc'), 'ec2:DescribeVpcs', paginateDescribeVpcs({ client }, {}), (page) => {
      found.push(...(page.Vpcs ?? []));
    }),
    walkPages(ctx, paginateDescribeFlowLogs({ client }, {}), (page) => {
      for (const raw of page.FlowLogs ?? []) {
        if (raw.ResourceId === undefined) continue;
        const list = flowLogs.get(raw.ResourceId) ?? [];
        list.push(toFlowLog(raw));
        flowLogs.set(raw.ResourceId, list);
      }
    }),
  ]);
  for (const raw of found) {
    if (raw.VpcId === undefined) continue;
    const id = arn(ctx, region, 'vpc', raw.VpcId);
    if (flowFailure !== null)
      recordError(ctx, { ...scopeOf(region, 'aws.ec2.vpc'), resourceId: id, properties: ['flowLogs'] }, 'ec2:DescribeFlowLogs', flowFailure.error);
    const tags = tagsOf(raw.Tags);
    ctx.sink.resource(
      makeResource('aws.ec2.vpc', { id, name: nameOf(tags, raw.VpcId), account: ctx.account, region, tags }, toVpc(raw, flowLogs.get(raw.VpcId) ?? [])),
    );
  }
}

export function toFlowLog(raw: SdkFlowLog): FlowLog {
  return {
    flowLogId: raw.FlowLogId ?? '',
    trafficType: raw.TrafficType ?? null,
    flowLogStatus: raw.FlowLogStatus ?? null,
    deliverLogsStatus: raw.DeliverLogsStatus ?? null,
    logDestinationType: raw.LogDestinationType ?? null,
  };
}

export function toVpc(raw: Vpc, flowLogs: readonly FlowLog[]): Ec2Vpc {
  return { vpcId: raw.VpcId ?? '', isDefault: raw.IsDefault ?? false, cidrBlock: raw.CidrBlock ?? null, state: raw.State ?? null, flowLogs };
}

const routeTables = (ctx: AwsCollectContext, region: string): Promise<boolean> =>
  listTagged(ctx, region, {
    type: 'aws.ec2.route-table',
    kind: 'route-table',
    action: 'ec2:DescribeRouteTables',
    paginator: paginateDescribeRouteTables({ client: ctx.clients.ec2(region) }, {}),
    items: (page) => page.RouteTables ?? [],
    idOf: (raw) => raw.RouteTableId,
    toResource: (raw, identity) => makeResource('aws.ec2.route-table', identity, toRouteTable(raw)),
  });

export function toRouteTable(raw: RouteTable): Ec2RouteTable {
  return {
    routeTableId: raw.RouteTableId ?? '',
    vpcId: raw.VpcId ?? null,
    routes: (raw.Routes ?? []).map((r) => ({
      destinationCidrBlock: r.DestinationCidrBlock ?? null,
      destinationIpv6CidrBlock: r.DestinationIpv6CidrBlock ?? null,
      destinationPrefixListId: r.DestinationPrefixListId ?? null,
      gatewayId: r.GatewayId ?? null,
      natGatewayId: r.NatGatewayId ?? null,
      vpcPeeringConnectionId: r.VpcPeeringConnectionId ?? null,
      transitGatewayId: r.TransitGatewayId ?? null,
      state: r.State ?? null,
    })),
    associatedSubnetIds: (raw.Associations ?? []).flatMap((a) => (a.SubnetId ? [a.SubnetId] : [])),
    isMain: (raw.Associations ?? []).some((a) => a.Main === true),
  };
}

async function ebsDefault(ctx: AwsCollectContext, region: string): Promise<void> {
  const client = ctx.clients.ec2(region);
  const scope = scopeOf(region, 'aws.ec2.ebs-default-encryption');
  const id = awsRegionFactId(ctx.account, region, 'ebs-default-encryption');
  const [enabled, key] = await Promise.all([
    call(ctx, scope, 'ec2:GetEbsEncryptionByDefault', () => client.send(new GetEbsEncryptionByDefaultCommand({}))),
    call(ctx, { ...scope, resourceId: id, properties: ['kmsKeyId'] }, 'ec2:GetEbsDefaultKmsKeyId', () => client.send(new GetEbsDefaultKmsKeyIdCommand({}))),
  ]);
  if (!enabled.ok) return;
  const resource: Resource<'aws.ec2.ebs-default-encryption'> = makeResource(
    'aws.ec2.ebs-default-encryption',
    { id, name: `EBS default encryption (${region})`, account: ctx.account, region },
    { enabled: enabled.value.EbsEncryptionByDefault ?? false, kmsKeyId: key.ok ? (key.value.KmsKeyId ?? null) : null },
  );
  ctx.sink.resource(resource);
}
