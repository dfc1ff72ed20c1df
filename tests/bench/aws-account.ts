/**
 * A large fake AWS account for the collection benchmark: about 5,000 resources over 17 regions,
 * shaped like a real mid-size account (compute and networking in every region, most buckets and
 * IAM entities global). Deterministic: the same account every run.
 */
import { credentialReportCsv, emptyAccount, FAKE_ACCOUNT_ID as A, rootRow, type FakeAccount, type ReportRow } from '../support/aws/fake-aws.js';

export const BENCH_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
] as const;

export interface BenchShape {
  readonly perRegion: {
    instances: number;
    securityGroups: number;
    networkAcls: number;
    volumes: number;
    vpcs: number;
    routeTables: number;
    dbInstances: number;
    kmsKeys: number;
    metricFilters: number;
    alarms: number;
    topics: number;
    fileSystems: number;
  };
  readonly buckets: number;
  readonly users: number;
  readonly groups: number;
  readonly roles: number;
  readonly policies: number;
}

export const BENCH_SHAPE: BenchShape = {
  perRegion: {
    instances: 60,
    securityGroups: 45,
    networkAcls: 12,
    volumes: 70,
    vpcs: 6,
    routeTables: 18,
    dbInstances: 5,
    kmsKeys: 12,
    metricFilters: 6,
    alarms: 15,
    topics: 4,
    fileSystems: 3,
  },
  buckets: 150,
  users: 100,
  groups: 20,
  roles: 120,
  policies: 150,
};

const doc = (action: string): string =>
  encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] }));

export function benchAccount(shape: BenchShape = BENCH_SHAPE): FakeAccount {
  const a = emptyAccount([...BENCH_REGIONS], []);
  for (const region of BENCH_REGIONS) {
    const r = a.regions[region]!;
    const n = shape.perRegion;
    for (let i = 0; i < n.vpcs; i++) {
      r.vpcs.push({ VpcId: `vpc-${i}`, IsDefault: i === 0, CidrBlock: `10.${i}.0.0/16`, State: 'available' });
      r.flowLogs.push({ FlowLogId: `fl-${i}`, ResourceId: `vpc-${i}`, TrafficType: 'ALL', FlowLogStatus: 'ACTIVE', LogDestinationType: 's3' });
    }
    for (let i = 0; i < n.securityGroups; i++) {
      r.securityGroups.push({
        GroupId: `sg-${i}`,
        GroupName: `sg-${i}`,
        VpcId: `vpc-${i % n.vpcs}`,
        OwnerId: A,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: i % 9 === 0 ? '0.0.0.0/0' : '10.0.0.0/8' }] }],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
        Tags: [{ Key: 'team', Value: `t${i % 7}` }],
      });
    }
    for (let i = 0; i < n.instances; i++) {
      r.instances.push({
        InstanceId: `i-${region}-${i}`,
        State: { Name: 'running', Code: 16 },
        InstanceType: 'm5.large',
        ImageId: 'ami-0abc',
        LaunchTime: new Date('2026-09-01T08:00:00Z'),
        VpcId: `vpc-${i % n.vpcs}`,
        SubnetId: `subnet-${i % 12}`,
        PrivateIpAddress: `10.0.${i % 250}.${(i * 7) % 250}`,
        ...(i % 10 === 0 ? { PublicIpAddress: `203.0.113.${i % 250}` } : {}),
        SecurityGroups: [{ GroupId: `sg-${i % n.securityGroups}`, GroupName: 'g' }],
        IamInstanceProfile: { Arn: `arn:aws:iam::${A}:instance-profile/app`, Id: 'AIPA' },
        MetadataOptions: { HttpTokens: i % 4 === 0 ? 'optional' : 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
        Tags: [
          { Key: 'Name', Value: `app-${i}` },
          { Key: 'env', Value: 'prod' },
        ],
      });
      r.networkInterfaces.push({ NetworkInterfaceId: `eni-${i}`, Groups: [{ GroupId: `sg-${i % n.securityGroups}` }] });
    }
    for (let i = 0; i < n.networkAcls; i++) {
      r.networkAcls.push({
        NetworkAclId: `acl-${i}`,
        VpcId: `vpc-${i % n.vpcs}`,
        IsDefault: i < n.vpcs,
        Entries: [
          { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
          { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
        ],
        Associations: [{ SubnetId: `subnet-${i}` }],
      });
    }
    for (let i = 0; i < n.volumes; i++) {
      r.volumes.push({
        VolumeId: `vol-${i}`,
        Encrypted: i % 5 !== 0,
        Size: 100,
        State: 'in-use',
        Attachments: [{ InstanceId: `i-${region}-${i % n.instances}` }],
      });
    }
    for (let i = 0; i < n.routeTables; i++) {
      r.routeTables.push({
        RouteTableId: `rtb-${i}`,
        VpcId: `vpc-${i % n.vpcs}`,
        Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1', State: 'active' }],
        Associations: [{ Main: i < n.vpcs }],
      });
    }
    r.ebsDefault = { enabled: true, kmsKeyId: 'alias/aws/ebs' };
    for (let i = 0; i < n.dbInstances; i++) {
      r.dbInstances.push({
        DBInstanceIdentifier: `db-${i}`,
        DBInstanceArn: `arn:aws:rds:${region}:${A}:db:db-${i}`,
        Engine: 'postgres',
        StorageEncrypted: i !== 0,
        PubliclyAccessible: false,
        AutoMinorVersionUpgrade: true,
        MultiAZ: i % 2 === 0,
      });
    }
    r.dbClusters.push({
      DBClusterIdentifier: 'aurora',
      DBClusterArn: `arn:aws:rds:${region}:${A}:cluster:aurora`,
      Engine: 'aurora-postgresql',
      StorageEncrypted: true,
      MultiAZ: true,
    });
    for (let i = 0; i < n.kmsKeys; i++) {
      const customer = i % 3 !== 0;
      r.kmsKeys.push({
        meta: {
          KeyId: `key-${i}`,
          Arn: `arn:aws:kms:${region}:${A}:key/key-${i}`,
          KeyManager: customer ? 'CUSTOMER' : 'AWS',
          KeyState: 'Enabled',
          KeySpec: 'SYMMETRIC_DEFAULT',
          KeyUsage: 'ENCRYPT_DECRYPT',
          Origin: 'AWS_KMS',
        },
        rotation: i % 2 === 0,
      });
    }
    r.recorders.push({
      name: 'default',
      roleARN: `arn:aws:iam::${A}:role/config`,
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: region === 'us-east-1' },
    });
    r.recorderStatuses.push({ name: 'default', recording: true, lastStatus: 'Success' });
    for (let i = 0; i < n.metricFilters; i++) {
      r.metricFilters.push({
        filterName: `f-${i}`,
        logGroupName: 'cloudtrail',
        filterPattern: '{ $.errorCode = "AccessDenied" }',
        metricTransformations: [{ metricName: `M${i}`, metricNamespace: 'CIS', metricValue: '1' }],
      });
    }
    for (let i = 0; i < n.alarms; i++) {
      r.alarms.push({
        AlarmName: `alarm-${i}`,
        AlarmArn: `arn:aws:cloudwatch:${region}:${A}:alarm:alarm-${i}`,
        MetricName: `M${i}`,
        Namespace: 'CIS',
        ActionsEnabled: true,
        AlarmActions: [`arn:aws:sns:${region}:${A}:topic-0`],
        StateValue: 'OK',
      });
    }
    for (let i = 0; i < n.topics; i++) {
      const arn = `arn:aws:sns:${region}:${A}:topic-${i}`;
      r.topics.push({ arn, subscriptions: [{ SubscriptionArn: `${arn}:s1`, Protocol: 'email', Endpoint: 'ops@example.com', TopicArn: arn }] });
    }
    for (let i = 0; i < n.fileSystems; i++) {
      r.fileSystems.push({
        FileSystemId: `fs-${i}`,
        FileSystemArn: `arn:aws:elasticfilesystem:${region}:${A}:file-system/fs-${i}`,
        Encrypted: true,
        OwnerId: A,
        CreationToken: 't',
        CreationTime: new Date('2025-01-01T00:00:00Z'),
        LifeCycleState: 'available',
        NumberOfMountTargets: 1,
        SizeInBytes: { Value: 1 },
        PerformanceMode: 'generalPurpose',
        Tags: [],
      });
    }
    r.analyzers.push({
      arn: `arn:aws:access-analyzer:${region}:${A}:analyzer/a`,
      name: 'a',
      type: 'ACCOUNT',
      status: 'ACTIVE',
      createdAt: new Date('2025-01-01T00:00:00Z'),
    });
    r.securityHub = { HubArn: `arn:aws:securityhub:${region}:${A}:hub/default`, SubscribedAt: '2025-01-01T00:00:00.000Z', standards: [] };
    r.macie = region === 'us-east-1' ? 'ENABLED' : null;
  }
  const trailArn = `arn:aws:cloudtrail:us-east-1:${A}:trail/org`;
  a.regions['us-east-1']!.trails.push({
    Name: 'org',
    TrailARN: trailArn,
    HomeRegion: 'us-east-1',
    IsMultiRegionTrail: true,
    LogFileValidationEnabled: true,
    S3BucketName: 'bucket-0',
  });
  a.trailStatus[trailArn] = { IsLogging: true };
  a.eventSelectors[trailArn] = { TrailARN: trailArn, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] };

  for (let i = 0; i < shape.buckets; i++) {
    const name = `bucket-${i}`;
    a.s3.buckets.push({
      name,
      region: BENCH_REGIONS[i % BENCH_REGIONS.length]!,
      ...(i % 6 !== 0 ? { publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } } : {}),
      ...(i % 3 === 0
        ? {
            policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `arn:aws:s3:::${name}/*`, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
              ],
            }),
            policyIsPublic: false,
          }
        : {}),
      objectOwnership: 'BucketOwnerEnforced',
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      versioning: i % 2 === 0 ? { Status: 'Enabled' } : {},
      ...(i % 4 === 0 ? { tags: [{ Key: 'team', Value: 'data' }] } : {}),
    });
  }
  a.s3.accountPublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

  const rows: ReportRow[] = [rootRow()];
  for (let i = 0; i < shape.groups; i++)
    a.iam.groups.push({
      GroupName: `group-${i}`,
      Arn: `arn:aws:iam::${A}:group/group-${i}`,
      AttachedManagedPolicies: [{ PolicyArn: `arn:aws:iam::${A}:policy/p-${i}`, PolicyName: `p-${i}` }],
      GroupPolicyList: [],
    });
  for (let i = 0; i < shape.policies; i++) {
    a.iam.policies.push({
      PolicyName: `p-${i}`,
      Arn: `arn:aws:iam::${A}:policy/p-${i}`,
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: doc(`s3:Get${i}`) }],
    });
  }
  for (let i = 0; i < shape.roles; i++) {
    a.iam.roles.push({
      RoleName: `role-${i}`,
      Arn: `arn:aws:iam::${A}:role/role-${i}`,
      Path: '/',
      CreateDate: new Date('2025-01-01T00:00:00Z'),
      AssumeRolePolicyDocument: encodeURIComponent(
        JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
      ),
      AttachedManagedPolicies: [{ PolicyArn: `arn:aws:iam::${A}:policy/p-${i % shape.policies}`, PolicyName: `p-${i % shape.policies}` }],
      RolePolicyList: [{ PolicyName: 'inline', PolicyDocument: doc('logs:PutLogEvents') }],
    });
  }
  for (let i = 0; i < shape.users; i++) {
    const name = `user-${i}`;
    a.iam.users.push({
      UserName: name,
      UserId: `AIDA${i}`,
      Arn: `arn:aws:iam::${A}:user/${name}`,
      Path: '/',
      CreateDate: new Date('2025-01-01T00:00:00Z'),
      GroupList: [`group-${i % shape.groups}`],
      AttachedManagedPolicies: [],
      UserPolicyList: [],
    });
    if (i % 2 === 0) a.iam.loginProfiles.push(name);
    if (i % 2 === 0) a.iam.mfaDevices[name] = [{ UserName: name, SerialNumber: `arn:aws:iam::${A}:mfa/${name}`, EnableDate: new Date('2025-01-02T00:00:00Z') }];
    a.iam.accessKeys[name] = i % 3 === 0 ? [] : [{ UserName: name, AccessKeyId: `AKIA${i}`, Status: 'Active', CreateDate: new Date('2026-01-01T00:00:00Z') }];
    rows.push({
      user: name,
      arn: `arn:aws:iam::${A}:user/${name}`,
      password_enabled: i % 2 === 0 ? 'true' : 'false',
      mfa_active: i % 2 === 0 ? 'true' : 'false',
    });
  }
  a.iam.credentialReport = credentialReportCsv(rows);
  a.iam.passwordPolicy = { MinimumPasswordLength: 14, PasswordReusePrevention: 24 };
  a.iam.aliases = ['bench'];
  return a;
}
