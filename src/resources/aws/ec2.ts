export interface IpRange {
  readonly cidr: string;
  readonly description: string | null;
}

/** One IpPermissions entry of a security group. */
export interface SecurityGroupRule {
  /** 'tcp' | 'udp' | 'icmp' | 'icmpv6' | '-1' (all) | an IP protocol number as a string. */
  readonly ipProtocol: string;
  /** null for all ports ('-1' protocol). For ICMP these are type and code. */
  readonly fromPort: number | null;
  readonly toPort: number | null;
  readonly ipv4Ranges: readonly IpRange[];
  readonly ipv6Ranges: readonly IpRange[];
  readonly prefixListIds: readonly string[];
  readonly referencedGroupIds: readonly string[];
}

export interface Ec2SecurityGroup {
  readonly groupId: string;
  readonly groupName: string;
  readonly description: string | null;
  readonly vpcId: string | null;
  readonly ownerId: string | null;
  readonly ingress: readonly SecurityGroupRule[];
  readonly egress: readonly SecurityGroupRule[];
  /** Network interfaces using the group (DescribeNetworkInterfaces group-id filter); null when unknown. */
  readonly attachedInterfaceCount: number | null;
}

export interface Ec2Instance {
  readonly instanceId: string;
  /** 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated' */
  readonly state: string;
  readonly instanceType: string | null;
  readonly imageId: string | null;
  readonly launchTime: string | null;
  readonly platform: string | null;
  readonly vpcId: string | null;
  readonly subnetId: string | null;
  readonly privateIpAddress: string | null;
  readonly publicIpAddress: string | null;
  readonly ipv6Addresses: readonly string[];
  readonly securityGroupIds: readonly string[];
  readonly iamInstanceProfileArn: string | null;
  /** IMDS options; null when not reported. */
  readonly metadataOptions: {
    /** 'required' (IMDSv2 only) | 'optional' */
    readonly httpTokens: string | null;
    /** 'enabled' | 'disabled' */
    readonly httpEndpoint: string | null;
    readonly httpPutResponseHopLimit: number | null;
  } | null;
}

export interface NetworkAclEntry {
  readonly ruleNumber: number;
  /** '-1' (all) | '6' (tcp) | '17' (udp) | '1' (icmp) | '58' (icmpv6) | other protocol numbers. */
  readonly protocol: string;
  readonly ruleAction: 'allow' | 'deny';
  readonly egress: boolean;
  readonly cidrBlock: string | null;
  readonly ipv6CidrBlock: string | null;
  /** null means all ports. */
  readonly portRange: { readonly from: number; readonly to: number } | null;
}

export interface Ec2NetworkAcl {
  readonly networkAclId: string;
  readonly vpcId: string | null;
  readonly isDefault: boolean;
  readonly entries: readonly NetworkAclEntry[];
  readonly associatedSubnetIds: readonly string[];
}

export interface Ec2Volume {
  readonly volumeId: string;
  readonly encrypted: boolean;
  readonly kmsKeyId: string | null;
  readonly sizeGiB: number | null;
  readonly state: string | null;
  readonly attachedInstanceIds: readonly string[];
}

export interface FlowLog {
  readonly flowLogId: string;
  /** 'ACCEPT' | 'REJECT' | 'ALL' */
  readonly trafficType: string | null;
  /** 'ACTIVE' when delivering. */
  readonly flowLogStatus: string | null;
  readonly deliverLogsStatus: string | null;
  readonly logDestinationType: string | null;
}

export interface Ec2Vpc {
  readonly vpcId: string;
  readonly isDefault: boolean;
  readonly cidrBlock: string | null;
  readonly state: string | null;
  /** Flow logs whose resource is this VPC (DescribeFlowLogs). */
  readonly flowLogs: readonly FlowLog[];
}

export interface Route {
  readonly destinationCidrBlock: string | null;
  readonly destinationIpv6CidrBlock: string | null;
  readonly destinationPrefixListId: string | null;
  readonly gatewayId: string | null;
  readonly natGatewayId: string | null;
  readonly vpcPeeringConnectionId: string | null;
  readonly transitGatewayId: string | null;
  readonly state: string | null;
}

export interface Ec2RouteTable {
  readonly routeTableId: string;
  readonly vpcId: string | null;
  readonly routes: readonly Route[];
  readonly associatedSubnetIds: readonly string[];
  readonly isMain: boolean;
}

/** ec2:GetEbsEncryptionByDefault and GetEbsDefaultKmsKeyId for one region. */
export interface Ec2EbsDefaultEncryption {
  readonly enabled: boolean;
  readonly kmsKeyId: string | null;
}
