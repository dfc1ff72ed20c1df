/**
 * A small, realistic fake account for end-to-end tests: mostly compliant, with exactly the
 * misconfigurations listed in SEEDED_FAILURES for the checks listed in SEEDED_CHECKS.
 */
import { credentialReportCsv, emptyAccount, FAKE_ACCOUNT_ID as A, rootRow, type FakeAccount } from './fake-aws.js';

export const SEEDED_CHECKS = [
  'aws-cloudtrail-account-logging-enabled',
  'aws-ec2-instance-no-public-ip',
  'aws-ec2-security-group-no-unrestricted-ingress',
  'aws-rds-instance-storage-encrypted',
  'aws-s3-bucket-public-access-blocked',
] as const;

/** [check, resource id] of every FAIL the seeded account must produce for SEEDED_CHECKS. */
export const SEEDED_FAILURES: readonly (readonly [string, string])[] = [
  ['aws-cloudtrail-account-logging-enabled', `aws:account/${A}`],
  ['aws-ec2-instance-no-public-ip', `arn:aws:ec2:us-east-1:${A}:instance/i-0public`],
  ['aws-ec2-security-group-no-unrestricted-ingress', `arn:aws:ec2:us-east-1:${A}:security-group/sg-0open`],
  ['aws-rds-instance-storage-encrypted', `arn:aws:rds:eu-west-1:${A}:db:legacy-db`],
  ['aws-s3-bucket-public-access-blocked', 'arn:aws:s3:::public-assets'],
];

const FULL_PAB = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const TLS_ONLY = (bucket: string): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TlsOnly',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });
const enc = (doc: unknown): string => encodeURIComponent(JSON.stringify(doc));
const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

export function seededAccount(): FakeAccount {
  const a = emptyAccount(['us-east-1', 'eu-west-1'], ['ap-east-1']);
  const use1 = a.regions['us-east-1']!;
  const euw1 = a.regions['eu-west-1']!;
  const trailArn = `arn:aws:cloudtrail:us-east-1:${A}:trail/main`;

  // EC2 / VPC
  use1.vpcs.push({ VpcId: 'vpc-0use1', IsDefault: false, CidrBlock: '10.0.0.0/16', State: 'available', Tags: [{ Key: 'Name', Value: 'prod' }] });
  euw1.vpcs.push({ VpcId: 'vpc-0euw1', IsDefault: true, CidrBlock: '172.31.0.0/16', State: 'available' });
  use1.flowLogs.push({
    FlowLogId: 'fl-0use1',
    ResourceId: 'vpc-0use1',
    TrafficType: 'ALL',
    FlowLogStatus: 'ACTIVE',
    DeliverLogsStatus: 'SUCCESS',
    LogDestinationType: 'cloud-watch-logs',
  });
  use1.instances.push(
    {
      InstanceId: 'i-0public',
      State: { Name: 'running', Code: 16 },
      InstanceType: 't3.micro',
      ImageId: 'ami-0abc',
      LaunchTime: new Date('2026-09-01T08:00:00Z'),
      VpcId: 'vpc-0use1',
      SubnetId: 'subnet-0a',
      PrivateIpAddress: '10.0.1.10',
      PublicIpAddress: '203.0.113.10',
      SecurityGroups: [{ GroupId: 'sg-0open', GroupName: 'bastion' }],
      IamInstanceProfile: { Arn: `arn:aws:iam::${A}:instance-profile/app`, Id: 'AIPA1' },
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
      Tags: [{ Key: 'Name', Value: 'bastion' }],
    },
    {
      InstanceId: 'i-0worker',
      State: { Name: 'running', Code: 16 },
      InstanceType: 't3.small',
      VpcId: 'vpc-0use1',
      SubnetId: 'subnet-0b',
      PrivateIpAddress: '10.0.2.20',
      SecurityGroups: [{ GroupId: 'sg-0web', GroupName: 'web' }],
      IamInstanceProfile: { Arn: `arn:aws:iam::${A}:instance-profile/app`, Id: 'AIPA1' },
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
    },
  );
  euw1.instances.push({
    InstanceId: 'i-0private',
    State: { Name: 'running', Code: 16 },
    InstanceType: 't3.micro',
    VpcId: 'vpc-0euw1',
    PrivateIpAddress: '172.31.0.5',
    SecurityGroups: [{ GroupId: 'sg-0web2', GroupName: 'web' }],
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
  });
  use1.securityGroups.push(
    {
      GroupId: 'sg-0open',
      GroupName: 'bastion',
      Description: 'ssh from anywhere',
      VpcId: 'vpc-0use1',
      OwnerId: A,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'anywhere' }] }],
      IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    },
    {
      GroupId: 'sg-0web',
      GroupName: 'web',
      VpcId: 'vpc-0use1',
      OwnerId: A,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }], UserIdGroupPairs: [{ GroupId: 'sg-0open' }] }],
      IpPermissionsEgress: [],
    },
  );
  euw1.securityGroups.push({ GroupId: 'sg-0web2', GroupName: 'web', VpcId: 'vpc-0euw1', OwnerId: A, IpPermissions: [], IpPermissionsEgress: [] });
  use1.networkInterfaces.push(
    { NetworkInterfaceId: 'eni-1', Groups: [{ GroupId: 'sg-0open' }] },
    { NetworkInterfaceId: 'eni-2', Groups: [{ GroupId: 'sg-0web' }, { GroupId: 'sg-0open' }] },
  );
  use1.networkAcls.push({
    NetworkAclId: 'acl-0use1',
    VpcId: 'vpc-0use1',
    IsDefault: true,
    Entries: [
      { RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '10.0.0.0/8', PortRange: { From: 22, To: 22 } },
      { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
    ],
    Associations: [{ SubnetId: 'subnet-0a', NetworkAclId: 'acl-0use1' }],
  });
  use1.volumes.push({
    VolumeId: 'vol-0a',
    Encrypted: true,
    KmsKeyId: `arn:aws:kms:us-east-1:${A}:key/k1`,
    Size: 8,
    State: 'in-use',
    Attachments: [{ InstanceId: 'i-0public' }],
  });
  use1.routeTables.push({
    RouteTableId: 'rtb-0use1',
    VpcId: 'vpc-0use1',
    Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }],
    Associations: [{ Main: true, RouteTableId: 'rtb-0use1' }],
  });
  use1.ebsDefault = { enabled: true, kmsKeyId: 'alias/aws/ebs' };

  // RDS
  use1.dbInstances.push({
    DBInstanceIdentifier: 'orders-db',
    DBInstanceArn: `arn:aws:rds:us-east-1:${A}:db:orders-db`,
    Engine: 'postgres',
    EngineVersion: '16.4',
    DBInstanceClass: 'db.t4g.medium',
    StorageEncrypted: true,
    KmsKeyId: `arn:aws:kms:us-east-1:${A}:key/k1`,
    PubliclyAccessible: false,
    AutoMinorVersionUpgrade: true,
    MultiAZ: true,
    VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0web', Status: 'active' }],
    BackupRetentionPeriod: 7,
    DeletionProtection: true,
    TagList: [{ Key: 'team', Value: 'orders' }],
  });
  use1.dbClusters.push({
    DBClusterIdentifier: 'analytics',
    DBClusterArn: `arn:aws:rds:us-east-1:${A}:cluster:analytics`,
    Engine: 'aurora-postgresql',
    StorageEncrypted: true,
    KmsKeyId: `arn:aws:kms:us-east-1:${A}:key/k1`,
    MultiAZ: true,
    AutoMinorVersionUpgrade: true,
    DeletionProtection: true,
  });
  euw1.dbInstances.push({
    DBInstanceIdentifier: 'legacy-db',
    DBInstanceArn: `arn:aws:rds:eu-west-1:${A}:db:legacy-db`,
    Engine: 'mysql',
    StorageEncrypted: false,
    PubliclyAccessible: false,
    AutoMinorVersionUpgrade: true,
    MultiAZ: false,
    DeletionProtection: false,
  });

  // CloudTrail: one multi-region trail, not logging.
  use1.trails.push({
    Name: 'main',
    TrailARN: trailArn,
    HomeRegion: 'us-east-1',
    IsMultiRegionTrail: true,
    IsOrganizationTrail: false,
    IncludeGlobalServiceEvents: true,
    LogFileValidationEnabled: true,
    KmsKeyId: `arn:aws:kms:us-east-1:${A}:key/k1`,
    S3BucketName: 'audit-logs',
    CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${A}:log-group:cloudtrail:*`,
  });
  a.trailStatus[trailArn] = { IsLogging: false, LatestDeliveryTime: new Date('2026-10-01T00:00:00Z') };
  a.eventSelectors[trailArn] = { TrailARN: trailArn, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] };

  // KMS, Config, monitoring, Security Hub, EFS, Macie, Access Analyzer
  use1.kmsKeys.push(
    {
      meta: {
        KeyId: 'k1',
        Arn: `arn:aws:kms:us-east-1:${A}:key/k1`,
        KeyManager: 'CUSTOMER',
        KeyState: 'Enabled',
        KeySpec: 'SYMMETRIC_DEFAULT',
        KeyUsage: 'ENCRYPT_DECRYPT',
        Origin: 'AWS_KMS',
        MultiRegion: false,
      },
      rotation: true,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' }],
      }),
    },
    {
      meta: { KeyId: 'k2', Arn: `arn:aws:kms:us-east-1:${A}:key/k2`, KeyManager: 'AWS', KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS' },
    },
  );
  for (const [region, data] of Object.entries(a.regions)) {
    data.recorders.push({
      name: 'default',
      roleARN: `arn:aws:iam::${A}:role/config`,
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: region === 'us-east-1', resourceTypes: [] },
    });
    data.recorderStatuses.push({ name: 'default', recording: true, lastStatus: 'Success' });
    data.analyzers.push({
      arn: `arn:aws:access-analyzer:${region}:${A}:analyzer/account`,
      name: 'account',
      type: 'ACCOUNT',
      status: 'ACTIVE',
      createdAt: new Date('2025-01-01T00:00:00Z'),
    });
  }
  use1.metricFilters.push({
    filterName: 'root-usage',
    logGroupName: 'cloudtrail',
    filterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CISBenchmark', metricValue: '1' }],
  });
  use1.alarms.push({
    AlarmName: 'root-usage',
    AlarmArn: `arn:aws:cloudwatch:us-east-1:${A}:alarm:root-usage`,
    MetricName: 'RootUsage',
    Namespace: 'CISBenchmark',
    ActionsEnabled: true,
    AlarmActions: [`arn:aws:sns:us-east-1:${A}:security`],
    StateValue: 'OK',
  });
  use1.topics.push({
    arn: `arn:aws:sns:us-east-1:${A}:security`,
    subscriptions: [
      {
        SubscriptionArn: `arn:aws:sns:us-east-1:${A}:security:1`,
        Protocol: 'email',
        Endpoint: 'secops@example.com',
        TopicArn: `arn:aws:sns:us-east-1:${A}:security`,
      },
      { SubscriptionArn: 'PendingConfirmation', Protocol: 'email', Endpoint: 'oncall@example.com', TopicArn: `arn:aws:sns:us-east-1:${A}:security` },
    ],
  });
  use1.securityHub = {
    HubArn: `arn:aws:securityhub:us-east-1:${A}:hub/default`,
    SubscribedAt: '2025-01-01T00:00:00.000Z',
    standards: [
      {
        StandardsArn: 'arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0',
        StandardsSubscriptionArn: 's1',
        StandardsInput: {},
        StandardsStatus: 'READY',
      },
    ],
  };
  euw1.fileSystems.push({
    FileSystemId: 'fs-0a',
    FileSystemArn: `arn:aws:elasticfilesystem:eu-west-1:${A}:file-system/fs-0a`,
    Encrypted: true,
    KmsKeyId: `arn:aws:kms:eu-west-1:${A}:key/k9`,
    Name: 'shared',
    OwnerId: A,
    CreationToken: 't',
    CreationTime: new Date('2025-01-01T00:00:00Z'),
    LifeCycleState: 'available',
    NumberOfMountTargets: 1,
    SizeInBytes: { Value: 6144 },
    PerformanceMode: 'generalPurpose',
    Tags: [{ Key: 'Name', Value: 'shared' }],
  });
  use1.macie = 'ENABLED';

  // Resource policies and front-end logging
  use1.queues.push(
    {
      url: `https://sqs.us-east-1.amazonaws.com/${A}/orders`,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sqs:SendMessage', Resource: '*' }],
      }),
    },
    { url: `https://sqs.us-east-1.amazonaws.com/${A}/dead-letters` },
  );
  use1.functions.push(
    {
      name: 'thumbnailer',
      runtime: 'nodejs20.x',
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: '*' }],
      }),
    },
    { name: 'cron', runtime: 'python3.12' },
  );
  euw1.secrets.push({ arn: `arn:aws:secretsmanager:eu-west-1:${A}:secret:db-password-AbCdEf`, name: 'db-password' });
  use1.loadBalancers.push(
    {
      arn: `arn:aws:elasticloadbalancing:us-east-1:${A}:loadbalancer/app/web/1234`,
      name: 'web',
      type: 'application',
      scheme: 'internet-facing',
      logBucket: 'access-logs',
    },
    { arn: `arn:aws:elasticloadbalancing:us-east-1:${A}:loadbalancer/net/internal/5678`, name: 'internal', type: 'network', scheme: 'internal' },
  );
  use1.restApis.push({
    id: 'rest1',
    name: 'orders-api',
    stages: [{ stageName: 'prod', accessLogDestinationArn: `arn:aws:logs:us-east-1:${A}:log-group:api`, loggingLevel: 'ERROR' }],
  });
  use1.httpApis.push({ id: 'http1', name: 'webhooks', protocol: 'HTTP', stages: [{ stageName: '$default' }] });
  a.distributions.push(
    { id: 'E1LEGACY', domainName: 'd111.cloudfront.net', enabled: true, logBucket: 'access-logs.s3.amazonaws.com', logPrefix: 'cf/' },
    { id: 'E2MODERN', domainName: 'd222.cloudfront.net', enabled: true },
  );
  a.deliverySources.push({ name: 'cf-e2', resourceArns: [`arn:aws:cloudfront::${A}:distribution/E2MODERN`], deliveries: 1 });

  // S3
  a.s3.buckets.push(
    {
      name: 'public-assets',
      region: 'us-east-1',
      grants: [
        { Grantee: { Type: 'CanonicalUser', ID: 'owner-canonical-id' }, Permission: 'FULL_CONTROL' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
      ],
      objectOwnership: 'BucketOwnerPreferred',
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] },
      versioning: {},
      tags: [{ Key: 'team', Value: 'web' }],
    },
    {
      name: 'audit-logs',
      region: 'eu-west-1',
      publicAccessBlock: FULL_PAB,
      policy: TLS_ONLY('audit-logs'),
      policyIsPublic: false,
      objectOwnership: 'BucketOwnerEnforced',
      encryption: {
        Rules: [
          { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:eu-west-1:${A}:key/k9` }, BucketKeyEnabled: true },
        ],
      },
      versioning: { Status: 'Enabled', MFADelete: 'Disabled' },
      logging: { TargetBucket: 'access-logs', TargetPrefix: 'audit/' },
    },
  );

  // IAM
  const policyArn = `arn:aws:iam::${A}:policy/ReadOnlyCustom`;
  a.iam.users.push(
    {
      UserName: 'alice',
      UserId: 'AIDAALICE',
      Arn: `arn:aws:iam::${A}:user/alice`,
      Path: '/',
      CreateDate: new Date('2025-02-01T00:00:00Z'),
      GroupList: ['admins'],
      AttachedManagedPolicies: [],
      UserPolicyList: [],
    },
    {
      UserName: 'deploy',
      UserId: 'AIDADEPLOY',
      Arn: `arn:aws:iam::${A}:user/ci/deploy`,
      Path: '/ci/',
      CreateDate: new Date('2025-03-01T00:00:00Z'),
      GroupList: [],
      AttachedManagedPolicies: [{ PolicyArn: policyArn, PolicyName: 'ReadOnlyCustom' }],
      UserPolicyList: [
        { PolicyName: 'push', PolicyDocument: enc({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'ecr:PutImage', Resource: '*' } }) },
      ],
      Tags: [{ Key: 'owner', Value: 'platform' }],
    },
  );
  a.iam.groups.push({
    GroupName: 'admins',
    GroupId: 'AGPAADMINS',
    Arn: `arn:aws:iam::${A}:group/admins`,
    AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', PolicyName: 'AdministratorAccess' }],
    GroupPolicyList: [],
  });
  a.iam.roles.push({
    RoleName: 'support',
    RoleId: 'AROASUPPORT',
    Arn: `arn:aws:iam::${A}:role/support`,
    Path: '/',
    CreateDate: new Date('2025-01-05T00:00:00Z'),
    AssumeRolePolicyDocument: enc({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sts:AssumeRole' }],
    }),
    AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess', PolicyName: 'AWSSupportAccess' }],
    RolePolicyList: [],
    RoleLastUsed: { LastUsedDate: new Date('2026-10-30T00:00:00Z'), Region: 'us-east-1' },
  });
  a.iam.policies.push(
    {
      PolicyName: 'AdministratorAccess',
      Arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: enc(ADMIN) }],
    },
    {
      PolicyName: 'AWSSupportAccess',
      Arn: 'arn:aws:iam::aws:policy/AWSSupportAccess',
      DefaultVersionId: 'v3',
      AttachmentCount: 1,
      PolicyVersionList: [
        {
          VersionId: 'v3',
          IsDefaultVersion: true,
          Document: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'support:*', Resource: '*' }] }),
        },
      ],
    },
    {
      PolicyName: 'ReadOnlyCustom',
      Arn: policyArn,
      DefaultVersionId: 'v2',
      AttachmentCount: 1,
      PolicyVersionList: [
        { VersionId: 'v1', IsDefaultVersion: false, Document: enc(ADMIN) },
        {
          VersionId: 'v2',
          IsDefaultVersion: true,
          Document: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }] }),
        },
      ],
    },
  );
  a.iam.mfaDevices['alice'] = [{ UserName: 'alice', SerialNumber: `arn:aws:iam::${A}:mfa/alice`, EnableDate: new Date('2025-02-02T00:00:00Z') }];
  a.iam.virtualMfaDevices.push({
    SerialNumber: `arn:aws:iam::${A}:mfa/alice`,
    User: { UserName: 'alice', Arn: `arn:aws:iam::${A}:user/alice`, UserId: 'AIDAALICE', Path: '/', CreateDate: new Date('2025-02-01T00:00:00Z') },
  });
  a.iam.accessKeys['deploy'] = [
    { UserName: 'deploy', AccessKeyId: 'AKIADEPLOY1', Status: 'Active', CreateDate: new Date('2026-09-01T00:00:00Z') },
    { UserName: 'deploy', AccessKeyId: 'AKIADEPLOY2', Status: 'Inactive', CreateDate: new Date('2025-03-01T00:00:00Z') },
  ];
  a.iam.keyLastUsed['AKIADEPLOY1'] = { LastUsedDate: new Date('2026-11-01T00:00:00Z'), ServiceName: 'ecr', Region: 'us-east-1' };
  a.iam.loginProfiles.push('alice');
  a.iam.passwordPolicy = {
    MinimumPasswordLength: 14,
    RequireSymbols: true,
    RequireNumbers: true,
    RequireUppercaseCharacters: true,
    RequireLowercaseCharacters: true,
    AllowUsersToChangePassword: true,
    ExpirePasswords: false,
    PasswordReusePrevention: 24,
  };
  a.iam.summary = { Users: 2, MFADevicesInUse: 1, AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1 };
  a.iam.aliases = ['acme-prod'];
  a.iam.credentialReport = credentialReportCsv([
    rootRow({ password_last_used: '2026-01-01T00:00:00+00:00' }),
    { user: 'alice', arn: `arn:aws:iam::${A}:user/alice`, password_enabled: 'true', password_last_used: '2026-10-31T08:00:00+00:00', mfa_active: 'true' },
    {
      user: 'deploy',
      arn: `arn:aws:iam::${A}:user/ci/deploy`,
      access_key_1_active: 'true',
      access_key_1_last_rotated: '2026-09-01T00:00:00+00:00',
      access_key_1_last_used_date: '2026-11-01T00:00:00+00:00',
      access_key_2_last_rotated: '2025-03-01T00:00:00+00:00',
    },
  ]);
  a.iam.samlProviders.push(`arn:aws:iam::${A}:saml-provider/okta`);
  a.iam.serverCertificates.push({
    ServerCertificateName: 'legacy',
    ServerCertificateId: 'ASCA1',
    Path: '/',
    Arn: `arn:aws:iam::${A}:server-certificate/legacy`,
    Expiration: new Date('2027-06-01T00:00:00Z'),
    UploadDate: new Date('2025-06-01T00:00:00Z'),
  });

  // Account-level
  a.alternateContacts.SECURITY = {
    AlternateContactType: 'SECURITY',
    Name: 'SecOps',
    Title: 'Security',
    EmailAddress: 'secops@example.com',
    PhoneNumber: '+1-555-0100',
  };
  a.organization = { Id: 'o-abc123', Arn: `arn:aws:organizations::999999999999:organization/o-abc123`, MasterAccountId: '999999999999', FeatureSet: 'ALL' };
  a.organizationsFeatures = ['RootCredentialsManagement'];
  return a;
}
