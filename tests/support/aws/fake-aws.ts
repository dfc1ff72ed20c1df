/**
 * A fake AWS account in SDK shapes, answering every command the collectors send, with real
 * pagination (a small page size, so every listing of two or more items spans several pages), a
 * region check (bucket hydration in the wrong region fails), disabled regions and fault injection.
 * The same account answers aws-sdk-client-mock stubs (./mock.ts) and canned HTTP (./transport.ts).
 */
import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import type { AlternateContact } from '@aws-sdk/client-account';
import type { GetEventSelectorsResponse, GetTrailStatusResponse, Trail } from '@aws-sdk/client-cloudtrail';
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { ConfigurationRecorder, ConfigurationRecorderStatus } from '@aws-sdk/client-config-service';
import type { FlowLog, Instance, NetworkAcl, NetworkInterface, RouteTable, SecurityGroup, Volume, Vpc } from '@aws-sdk/client-ec2';
import type { FileSystemDescription } from '@aws-sdk/client-efs';
import type {
  AccessKeyLastUsed,
  AccessKeyMetadata,
  GroupDetail,
  ManagedPolicyDetail,
  MFADevice,
  PasswordPolicy,
  RoleDetail,
  ServerCertificateMetadata,
  UserDetail,
  VirtualMFADevice,
} from '@aws-sdk/client-iam';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { Organization } from '@aws-sdk/client-organizations';
import type { DBCluster, DBInstance } from '@aws-sdk/client-rds';
import type { Grant, Owner, PublicAccessBlockConfiguration, ServerSideEncryptionConfiguration, Tag } from '@aws-sdk/client-s3';
import type { StandardsSubscription } from '@aws-sdk/client-securityhub';
import type { Subscription } from '@aws-sdk/client-sns';
import type { AwsServiceKey } from '../../../src/providers/aws/clients.js';

export interface FakeBucket {
  readonly name: string;
  readonly region: string;
  readonly creationDate?: Date;
  readonly publicAccessBlock?: PublicAccessBlockConfiguration;
  readonly policy?: string;
  readonly policyIsPublic?: boolean;
  readonly owner?: Owner;
  readonly grants?: Grant[];
  readonly objectOwnership?: string;
  readonly encryption?: ServerSideEncryptionConfiguration;
  readonly versioning?: { Status?: 'Enabled' | 'Suspended'; MFADelete?: 'Enabled' | 'Disabled' };
  readonly logging?: { TargetBucket: string; TargetPrefix: string };
  readonly tags?: Tag[];
}

export interface FakeRegion {
  instances: Instance[];
  securityGroups: SecurityGroup[];
  networkInterfaces: NetworkInterface[];
  networkAcls: NetworkAcl[];
  volumes: Volume[];
  vpcs: Vpc[];
  flowLogs: FlowLog[];
  routeTables: RouteTable[];
  ebsDefault: { enabled: boolean; kmsKeyId: string };
  dbInstances: DBInstance[];
  dbClusters: DBCluster[];
  /** Trails whose home region this is. */
  trails: Trail[];
  kmsKeys: { meta: KeyMetadata; policy?: string; rotation?: boolean }[];
  recorders: ConfigurationRecorder[];
  recorderStatuses: ConfigurationRecorderStatus[];
  metricFilters: MetricFilter[];
  alarms: MetricAlarm[];
  topics: { arn: string; policy?: string; subscriptions: Subscription[] }[];
  securityHub: { HubArn: string; SubscribedAt: string; standards: StandardsSubscription[] } | null;
  fileSystems: FileSystemDescription[];
  macie: 'ENABLED' | 'PAUSED' | null;
  analyzers: AnalyzerSummary[];
  queues: { url: string; policy?: string }[];
  functions: { name: string; runtime?: string; policy?: string }[];
  secrets: { arn: string; name: string; policy?: string }[];
  loadBalancers: { arn: string; name: string; type: string; scheme: string; logBucket?: string }[];
  restApis: { id: string; name: string; stages: { stageName: string; accessLogDestinationArn?: string; loggingLevel?: string }[] }[];
  httpApis: { id: string; name: string; protocol: string; stages: { stageName: string; accessLogDestinationArn?: string; loggingLevel?: string }[] }[];
}

export interface FakeAccount {
  readonly account: string;
  readonly callerArn: string;
  /** Every region the partition has, with this account's opt-in status. */
  readonly allRegions: { readonly name: string; readonly optInStatus: string }[];
  readonly regions: Record<string, FakeRegion>;
  trailStatus: Record<string, GetTrailStatusResponse>;
  eventSelectors: Record<string, GetEventSelectorsResponse>;
  iam: {
    users: UserDetail[];
    groups: GroupDetail[];
    roles: RoleDetail[];
    policies: ManagedPolicyDetail[];
    mfaDevices: Record<string, MFADevice[]>;
    accessKeys: Record<string, AccessKeyMetadata[]>;
    keyLastUsed: Record<string, AccessKeyLastUsed>;
    loginProfiles: string[];
    virtualMfaDevices: VirtualMFADevice[];
    passwordPolicy: PasswordPolicy | null;
    summary: Record<string, number>;
    aliases: string[];
    credentialReport: string;
    serverCertificates: ServerCertificateMetadata[];
    samlProviders: string[];
    oidcProviders: string[];
  };
  s3: { buckets: FakeBucket[]; accountPublicAccessBlock: PublicAccessBlockConfiguration | null };
  alternateContacts: Partial<Record<'SECURITY' | 'BILLING' | 'OPERATIONS', AlternateContact>>;
  organization: Organization | null;
  organizationsFeatures: string[];
  distributions: { id: string; domainName: string; enabled: boolean; logBucket?: string; logPrefix?: string }[];
  /** CloudWatch Logs delivery sources (us-east-1) and how many deliveries each feeds. */
  deliverySources: { name: string; resourceArns: string[]; deliveries: number }[];
}

export function emptyRegion(): FakeRegion {
  return {
    instances: [],
    securityGroups: [],
    networkInterfaces: [],
    networkAcls: [],
    volumes: [],
    vpcs: [],
    flowLogs: [],
    routeTables: [],
    ebsDefault: { enabled: false, kmsKeyId: 'alias/aws/ebs' },
    dbInstances: [],
    dbClusters: [],
    trails: [],
    kmsKeys: [],
    recorders: [],
    recorderStatuses: [],
    metricFilters: [],
    alarms: [],
    topics: [],
    securityHub: null,
    fileSystems: [],
    macie: null,
    analyzers: [],
    queues: [],
    functions: [],
    secrets: [],
    loadBalancers: [],
    restApis: [],
    httpApis: [],
  };
}

export const FAKE_ACCOUNT_ID = '123456789012';

/** An account with nothing in it: no users, no buckets, every service off, in the given regions. */
export function emptyAccount(regions: readonly string[] = ['us-east-1', 'eu-west-1'], disabled: readonly string[] = ['ap-east-1']): FakeAccount {
  return {
    account: FAKE_ACCOUNT_ID,
    callerArn: `arn:aws:iam::${FAKE_ACCOUNT_ID}:user/auditor`,
    allRegions: [...regions.map((name) => ({ name, optInStatus: 'opt-in-not-required' })), ...disabled.map((name) => ({ name, optInStatus: 'not-opted-in' }))],
    regions: Object.fromEntries(regions.map((r) => [r, emptyRegion()])),
    trailStatus: {},
    eventSelectors: {},
    iam: {
      users: [],
      groups: [],
      roles: [],
      policies: [],
      mfaDevices: {},
      accessKeys: {},
      keyLastUsed: {},
      loginProfiles: [],
      virtualMfaDevices: [],
      passwordPolicy: null,
      summary: { Users: 0, MFADevicesInUse: 0, AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1 },
      aliases: [],
      credentialReport: credentialReportCsv([rootRow()]),
      serverCertificates: [],
      samlProviders: [],
      oidcProviders: [],
    },
    s3: { buckets: [], accountPublicAccessBlock: null },
    alternateContacts: {},
    organization: null,
    organizationsFeatures: [],
    distributions: [],
    deliverySources: [],
  };
}

const REPORT_HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

export type ReportRow = Partial<Record<string, string>> & { user: string; arn: string };

export function rootRow(overrides: Partial<Record<string, string>> = {}): ReportRow {
  return { user: '<root_account>', arn: `arn:aws:iam::${FAKE_ACCOUNT_ID}:root`, password_enabled: 'not_supported', mfa_active: 'true', ...overrides };
}

/** A credential report CSV; unspecified cells get AWS's own placeholders. */
export function credentialReportCsv(rows: readonly ReportRow[]): string {
  const columns = REPORT_HEADER.split(',');
  const defaults: Record<string, string> = {
    user_creation_time: '2025-01-01T00:00:00+00:00',
    password_enabled: 'false',
    password_last_used: 'N/A',
    password_last_changed: 'N/A',
    password_next_rotation: 'N/A',
    mfa_active: 'false',
    access_key_1_active: 'false',
    access_key_2_active: 'false',
    cert_1_active: 'false',
    cert_2_active: 'false',
  };
  const lines = rows.map((row) => columns.map((c) => row[c] ?? defaults[c] ?? 'N/A').join(','));
  return `${REPORT_HEADER}\n${lines.join('\n')}\n`;
}

/** An SDK-like service error (what the protocol layer would throw for that code). */
export function awsError(code: string, message = `${code} (simulated)`, status = 400): Error {
  return Object.assign(new Error(message), { name: code, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status } });
}

export interface RecordedCall {
  readonly service: AwsServiceKey;
  readonly command: string;
  readonly region: string;
  readonly input: Record<string, unknown>;
}

export interface Fault {
  readonly service: AwsServiceKey;
  /** Command name without the 'Command' suffix; '*' for every command of the service. */
  readonly command: string;
  readonly region?: string;
  /** How many times it fires (default: always). */
  times?: number;
  readonly error: () => Error;
}

type Input = Record<string, unknown>;
type Handler = (input: Input, region: string) => unknown;

/** The fake service: `handle()` answers one command as AWS would, or throws an SDK-like error. */
export class FakeAws {
  readonly calls: RecordedCall[] = [];
  readonly faults: Fault[] = [];
  readonly #handlers: Record<string, Handler>;

  constructor(
    readonly state: FakeAccount,
    readonly pageSize = 1,
  ) {
    this.#handlers = buildHandlers(this);
  }

  /** Makes a command fail (first matching fault wins). */
  fail(fault: Fault): this {
    this.faults.push(fault);
    return this;
  }

  handle(service: AwsServiceKey, command: string, input: Input, region: string): unknown {
    this.calls.push({ service, command, region, input });
    const fault = this.faults.find(
      (f) => f.service === service && (f.command === '*' || f.command === command) && (f.region === undefined || f.region === region) && (f.times ?? 1) > 0,
    );
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      throw fault.error();
    }
    const handler = this.#handlers[`${service}:${command}`];
    if (!handler) throw new Error(`fake AWS has no handler for ${service}:${command}`);
    return handler(input, region);
  }

  /** The region's data, or the error AWS gives in a region the account has not enabled. */
  region(name: string): FakeRegion {
    const data = this.state.regions[name];
    if (data === undefined) throw awsError('UnrecognizedClientException', 'The security token included in the request is invalid.', 400);
    return data;
  }

  /** One page of `items` after `token` (an index), AWS style. */
  page<T>(items: readonly T[], token: unknown): { items: T[]; next: string | undefined } {
    const start = typeof token === 'string' && token !== '' ? Number(token) : 0;
    const end = start + this.pageSize;
    return { items: items.slice(start, end), next: end < items.length ? String(end) : undefined };
  }
}

function buildHandlers(fake: FakeAws): Record<string, Handler> {
  const s = fake.state;
  const iam = s.iam;
  const marker = (items: readonly unknown[], input: Input, key: string): Record<string, unknown> => {
    const p = fake.page(items, input['Marker']);
    return { [key]: p.items, IsTruncated: p.next !== undefined, ...(p.next !== undefined ? { Marker: p.next } : {}) };
  };
  const nextToken = (items: readonly unknown[], input: Input, key: string, inKey = 'NextToken', outKey = inKey): Record<string, unknown> => {
    const p = fake.page(items, input[inKey]);
    return { [key]: p.items, ...(p.next !== undefined ? { [outKey]: p.next } : {}) };
  };
  const bucket = (input: Input, region: string): FakeBucket => {
    const found = s.s3.buckets.find((b) => b.name === input['Bucket']);
    if (!found) throw awsError('NoSuchBucket', 'The specified bucket does not exist', 404);
    if (found.region !== region)
      throw awsError('PermanentRedirect', 'The bucket you are attempting to access must be addressed using the specified endpoint.', 301);
    return found;
  };
  const allTrails = (): Trail[] => Object.values(s.regions).flatMap((r) => r.trails);
  const text = new TextEncoder();
  return {
    'sts:GetCallerIdentity': () => ({ Account: s.account, Arn: s.callerArn, UserId: 'AIDAFAKE' }),
    'sts:AssumeRole': (input) => ({
      Credentials: {
        AccessKeyId: 'ASIAFAKEASSUMED',
        SecretAccessKey: 'assumed-secret-never-stored',
        SessionToken: 'token',
        Expiration: new Date(Date.now() + 3600_000),
      },
      AssumedRoleUser: { Arn: `${String(input['RoleArn'])}/cspm-scan`, AssumedRoleId: 'AROAFAKE:cspm-scan' },
    }),
    'ec2:DescribeRegions': () => ({
      Regions: s.allRegions.map((r) => ({ RegionName: r.name, OptInStatus: r.optInStatus, Endpoint: `ec2.${r.name}.amazonaws.com` })),
    }),
    'ec2:DescribeInstances': (input, region) => {
      const p = fake.page(fake.region(region).instances, input['NextToken']);
      return {
        Reservations: p.items.map((i) => ({ ReservationId: `r-${i.InstanceId ?? ''}`, OwnerId: s.account, Instances: [i] })),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    'ec2:DescribeSecurityGroups': (input, region) => nextToken(fake.region(region).securityGroups, input, 'SecurityGroups'),
    'ec2:DescribeNetworkInterfaces': (input, region) => nextToken(fake.region(region).networkInterfaces, input, 'NetworkInterfaces'),
    'ec2:DescribeNetworkAcls': (input, region) => nextToken(fake.region(region).networkAcls, input, 'NetworkAcls'),
    'ec2:DescribeVolumes': (input, region) => nextToken(fake.region(region).volumes, input, 'Volumes'),
    'ec2:DescribeVpcs': (input, region) => nextToken(fake.region(region).vpcs, input, 'Vpcs'),
    'ec2:DescribeFlowLogs': (input, region) => nextToken(fake.region(region).flowLogs, input, 'FlowLogs'),
    'ec2:DescribeRouteTables': (input, region) => nextToken(fake.region(region).routeTables, input, 'RouteTables'),
    'ec2:GetEbsEncryptionByDefault': (_i, region) => ({ EbsEncryptionByDefault: fake.region(region).ebsDefault.enabled }),
    'ec2:GetEbsDefaultKmsKeyId': (_i, region) => ({ KmsKeyId: fake.region(region).ebsDefault.kmsKeyId }),
    'rds:DescribeDBInstances': (input, region) => marker(fake.region(region).dbInstances, input, 'DBInstances'),
    'rds:DescribeDBClusters': (input, region) => marker(fake.region(region).dbClusters, input, 'DBClusters'),
    'cloudtrail:DescribeTrails': (_i, region) => {
      const here = fake.region(region);
      return { trailList: allTrails().filter((t) => here.trails.includes(t) || t.IsMultiRegionTrail === true) };
    },
    'cloudtrail:GetTrailStatus': (input) => {
      const status = s.trailStatus[String(input['Name'])];
      if (!status) throw awsError('TrailNotFoundException', 'Unknown trail', 400);
      return status;
    },
    'cloudtrail:GetEventSelectors': (input) => {
      const selectors = s.eventSelectors[String(input['TrailName'])];
      if (!selectors) throw awsError('TrailNotFoundException', 'Unknown trail', 400);
      return selectors;
    },
    'kms:ListKeys': (input, region) => {
      const p = fake.page(fake.region(region).kmsKeys, input['Marker']);
      return {
        Keys: p.items.map((k) => ({ KeyId: k.meta.KeyId, KeyArn: k.meta.Arn })),
        Truncated: p.next !== undefined,
        ...(p.next ? { NextMarker: p.next } : {}),
      };
    },
    'kms:DescribeKey': (input, region) => ({ KeyMetadata: kmsKey(fake, region, input).meta }),
    'kms:GetKeyPolicy': (input, region) => ({ Policy: kmsKey(fake, region, input).policy ?? '{"Version":"2012-10-17","Statement":[]}', PolicyName: 'default' }),
    'kms:GetKeyRotationStatus': (input, region) => ({ KeyRotationEnabled: kmsKey(fake, region, input).rotation ?? false }),
    'config:DescribeConfigurationRecorders': (_i, region) => ({ ConfigurationRecorders: fake.region(region).recorders }),
    'config:DescribeConfigurationRecorderStatus': (_i, region) => ({ ConfigurationRecordersStatus: fake.region(region).recorderStatuses }),
    'logs:DescribeMetricFilters': (input, region) => nextToken(fake.region(region).metricFilters, input, 'metricFilters', 'nextToken'),
    'cloudwatch:DescribeAlarms': (input, region) => nextToken(fake.region(region).alarms, input, 'MetricAlarms'),
    'sns:ListTopics': (input, region) => {
      const p = fake.page(fake.region(region).topics, input['NextToken']);
      return { Topics: p.items.map((t) => ({ TopicArn: t.arn })), ...(p.next ? { NextToken: p.next } : {}) };
    },
    'sns:GetTopicAttributes': (input, region) => {
      const topic = fake.region(region).topics.find((t) => t.arn === input['TopicArn']);
      if (!topic) throw awsError('NotFound', 'Topic does not exist', 404);
      return { Attributes: { TopicArn: topic.arn, ...(topic.policy !== undefined ? { Policy: topic.policy } : {}) } };
    },
    'sns:ListSubscriptionsByTopic': (input, region) => {
      const topic = fake.region(region).topics.find((t) => t.arn === input['TopicArn']);
      if (!topic) throw awsError('NotFound', 'Topic does not exist', 404);
      return nextToken(topic.subscriptions, input, 'Subscriptions');
    },
    'securityhub:DescribeHub': (_i, region) => {
      const hub = fake.region(region).securityHub;
      if (!hub) throw awsError('InvalidAccessException', `Account ${s.account} is not subscribed to AWS Security Hub`, 401);
      return { HubArn: hub.HubArn, SubscribedAt: hub.SubscribedAt, AutoEnableControls: true };
    },
    'securityhub:GetEnabledStandards': (input, region) => nextToken(fake.region(region).securityHub?.standards ?? [], input, 'StandardsSubscriptions'),
    'efs:DescribeFileSystems': (input, region) => {
      const p = fake.page(fake.region(region).fileSystems, input['Marker']);
      return { FileSystems: p.items, ...(p.next ? { NextMarker: p.next } : {}) };
    },
    'macie2:GetMacieSession': (_i, region) => {
      const status = fake.region(region).macie;
      if (status === null) throw awsError('AccessDeniedException', 'Macie is not enabled.', 403);
      return { status, createdAt: new Date('2025-01-01T00:00:00Z') };
    },
    'accessanalyzer:ListAnalyzers': (input, region) => nextToken(fake.region(region).analyzers, input, 'analyzers', 'nextToken'),
    'account:GetAlternateContact': (input) => {
      const contact = s.alternateContacts[input['AlternateContactType'] as 'SECURITY'];
      if (!contact) throw awsError('ResourceNotFoundException', 'No contact of the requested type found.', 404);
      return { AlternateContact: contact };
    },
    'organizations:DescribeOrganization': () => {
      if (!s.organization) throw awsError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.', 400);
      return { Organization: s.organization };
    },
    'iam:ListOrganizationsFeatures': () => ({ OrganizationId: s.organization?.Id, EnabledFeatures: s.organizationsFeatures }),
    'iam:GenerateCredentialReport': () => ({ State: 'COMPLETE', Description: 'done' }),
    'iam:GetCredentialReport': () => ({
      Content: text.encode(iam.credentialReport),
      ReportFormat: 'text/csv',
      GeneratedTime: new Date('2026-11-02T09:00:00Z'),
    }),
    'iam:GetAccountPasswordPolicy': () => {
      if (!iam.passwordPolicy) throw awsError('NoSuchEntity', `The Password Policy with domain name ${s.account} cannot be found.`, 404);
      return { PasswordPolicy: iam.passwordPolicy };
    },
    'iam:GetAccountSummary': () => ({ SummaryMap: iam.summary }),
    'iam:ListAccountAliases': (input) => marker(iam.aliases, input, 'AccountAliases'),
    'iam:ListVirtualMFADevices': (input) => marker(iam.virtualMfaDevices, input, 'VirtualMFADevices'),
    'iam:GetAccountAuthorizationDetails': (input) => {
      // One list across the four kinds, paged like IAM does.
      const all = [
        ...iam.users.map((v) => ['UserDetailList', v] as const),
        ...iam.groups.map((v) => ['GroupDetailList', v] as const),
        ...iam.roles.map((v) => ['RoleDetailList', v] as const),
        ...iam.policies.map((v) => ['Policies', v] as const),
      ];
      const p = fake.page(all, input['Marker']);
      const out: Record<string, unknown[]> = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] };
      for (const [key, value] of p.items) out[key]?.push(value);
      return { ...out, IsTruncated: p.next !== undefined, ...(p.next ? { Marker: p.next } : {}) };
    },
    'iam:ListMFADevices': (input) => marker(iam.mfaDevices[String(input['UserName'])] ?? [], input, 'MFADevices'),
    'iam:ListAccessKeys': (input) => marker(iam.accessKeys[String(input['UserName'])] ?? [], input, 'AccessKeyMetadata'),
    'iam:GetAccessKeyLastUsed': (input) => ({ AccessKeyLastUsed: iam.keyLastUsed[String(input['AccessKeyId'])] ?? { ServiceName: 'N/A', Region: 'N/A' } }),
    'iam:GetLoginProfile': (input) => {
      const user = String(input['UserName']);
      if (!iam.loginProfiles.includes(user)) throw awsError('NoSuchEntity', `Login Profile for User ${user} cannot be found.`, 404);
      return { LoginProfile: { UserName: user, CreateDate: new Date('2025-01-01T00:00:00Z'), PasswordResetRequired: false } };
    },
    'iam:ListServerCertificates': (input) => marker(iam.serverCertificates, input, 'ServerCertificateMetadataList'),
    'iam:ListSAMLProviders': () => ({ SAMLProviderList: iam.samlProviders.map((Arn) => ({ Arn })) }),
    'iam:ListOpenIDConnectProviders': () => ({ OpenIDConnectProviderList: iam.oidcProviders.map((Arn) => ({ Arn })) }),
    's3:ListBuckets': (input) => {
      const p = fake.page(s.s3.buckets, input['ContinuationToken']);
      return {
        Buckets: p.items.map((b) => ({ Name: b.name, CreationDate: b.creationDate ?? new Date('2025-03-01T12:00:00Z'), BucketRegion: b.region })),
        Owner: { ID: 'owner-canonical-id' },
        ...(p.next ? { ContinuationToken: p.next } : {}),
      };
    },
    's3:GetBucketLocation': (input) => {
      const found = s.s3.buckets.find((b) => b.name === input['Bucket']);
      if (!found) throw awsError('NoSuchBucket', 'The specified bucket does not exist', 404);
      return { LocationConstraint: found.region === 'us-east-1' ? undefined : found.region };
    },
    's3:GetPublicAccessBlock': (input, region) => {
      const b = bucket(input, region);
      if (!b.publicAccessBlock) throw awsError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404);
      return { PublicAccessBlockConfiguration: b.publicAccessBlock };
    },
    's3:GetBucketPolicy': (input, region) => {
      const b = bucket(input, region);
      if (b.policy === undefined) throw awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
      return { Policy: b.policy };
    },
    's3:GetBucketPolicyStatus': (input, region) => {
      const b = bucket(input, region);
      if (b.policy === undefined) throw awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
      return { PolicyStatus: { IsPublic: b.policyIsPublic ?? false } };
    },
    's3:GetBucketAcl': (input, region) => {
      const b = bucket(input, region);
      const owner = b.owner ?? { ID: 'owner-canonical-id' };
      return { Owner: owner, Grants: b.grants ?? [{ Grantee: { Type: 'CanonicalUser', ID: owner.ID }, Permission: 'FULL_CONTROL' }] };
    },
    's3:GetBucketOwnershipControls': (input, region) => {
      const b = bucket(input, region);
      if (b.objectOwnership === undefined) throw awsError('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', 404);
      return { OwnershipControls: { Rules: [{ ObjectOwnership: b.objectOwnership }] } };
    },
    's3:GetBucketEncryption': (input, region) => {
      const b = bucket(input, region);
      if (!b.encryption) throw awsError('ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found', 404);
      return { ServerSideEncryptionConfiguration: b.encryption };
    },
    's3:GetBucketVersioning': (input, region) => ({ ...(bucket(input, region).versioning ?? {}) }),
    's3:GetBucketLogging': (input, region) => {
      const b = bucket(input, region);
      return b.logging ? { LoggingEnabled: b.logging } : {};
    },
    's3:GetBucketTagging': (input, region) => {
      const b = bucket(input, region);
      if (!b.tags) throw awsError('NoSuchTagSet', 'The TagSet does not exist', 404);
      return { TagSet: b.tags };
    },
    'sqs:ListQueues': (input, region) =>
      nextToken(
        fake.region(region).queues.map((q) => q.url),
        input,
        'QueueUrls',
      ),
    'sqs:GetQueueAttributes': (input, region) => {
      const q = fake.region(region).queues.find((x) => x.url === input['QueueUrl']);
      if (!q) throw awsError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
      return { Attributes: q.policy !== undefined ? { Policy: q.policy } : {} };
    },
    'lambda:ListFunctions': (input, region) => {
      const p = fake.page(fake.region(region).functions, input['Marker']);
      return {
        Functions: p.items.map((f) => ({ FunctionName: f.name, FunctionArn: `arn:aws:lambda:${region}:${s.account}:function:${f.name}`, Runtime: f.runtime })),
        ...(p.next ? { NextMarker: p.next } : {}),
      };
    },
    'lambda:GetPolicy': (input, region) => {
      const f = fake.region(region).functions.find((x) => x.name === input['FunctionName']);
      if (f?.policy === undefined) throw awsError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
      return { Policy: f.policy, RevisionId: 'r1' };
    },
    'secretsmanager:ListSecrets': (input, region) => {
      const p = fake.page(fake.region(region).secrets, input['NextToken']);
      return { SecretList: p.items.map((x) => ({ ARN: x.arn, Name: x.name })), ...(p.next ? { NextToken: p.next } : {}) };
    },
    'secretsmanager:GetResourcePolicy': (input, region) => {
      const x = fake.region(region).secrets.find((y) => y.arn === input['SecretId']);
      if (!x) throw awsError('ResourceNotFoundException', 'Secrets Manager can not find the specified secret.', 400);
      return { ARN: x.arn, Name: x.name, ...(x.policy !== undefined ? { ResourcePolicy: x.policy } : {}) };
    },
    'elbv2:DescribeLoadBalancers': (input, region) => {
      const p = fake.page(fake.region(region).loadBalancers, input['Marker']);
      return {
        LoadBalancers: p.items.map((l) => ({
          LoadBalancerArn: l.arn,
          LoadBalancerName: l.name,
          Type: l.type as 'application',
          Scheme: l.scheme as 'internal',
        })),
        ...(p.next ? { NextMarker: p.next } : {}),
      };
    },
    'elbv2:DescribeLoadBalancerAttributes': (input, region) => {
      const l = fake.region(region).loadBalancers.find((x) => x.arn === input['LoadBalancerArn']);
      if (!l) throw awsError('LoadBalancerNotFound', 'One or more load balancers not found', 400);
      return {
        Attributes: [
          { Key: 'access_logs.s3.enabled', Value: l.logBucket !== undefined ? 'true' : 'false' },
          { Key: 'access_logs.s3.bucket', Value: l.logBucket ?? '' },
          { Key: 'deletion_protection.enabled', Value: 'false' },
        ],
      };
    },
    'cloudfront:ListDistributions': (input) => {
      const p = fake.page(s.distributions, input['Marker']);
      return {
        DistributionList: {
          Marker: typeof input['Marker'] === 'string' ? input['Marker'] : '',
          MaxItems: fake.pageSize,
          IsTruncated: p.next !== undefined,
          Quantity: p.items.length,
          ...(p.next ? { NextMarker: p.next } : {}),
          Items: p.items.map((d) => ({
            Id: d.id,
            ARN: `arn:aws:cloudfront::${s.account}:distribution/${d.id}`,
            DomainName: d.domainName,
            Enabled: d.enabled,
            Status: 'Deployed',
          })),
        },
      };
    },
    'cloudfront:GetDistributionConfig': (input) => {
      const d = s.distributions.find((x) => x.id === input['Id']);
      if (!d) throw awsError('NoSuchDistribution', 'The specified distribution does not exist.', 404);
      return {
        ETag: 'E1',
        DistributionConfig: {
          CallerReference: d.id,
          Comment: '',
          Enabled: d.enabled,
          Logging: { Enabled: d.logBucket !== undefined, IncludeCookies: false, Bucket: d.logBucket ?? '', Prefix: d.logPrefix ?? '' },
        },
      };
    },
    'logs:DescribeDeliverySources': (input) =>
      nextToken(
        s.deliverySources.map((d) => ({ name: d.name, resourceArns: d.resourceArns, service: 'cloudfront', logType: 'ACCESS_LOGS' })),
        input,
        'deliverySources',
        'nextToken',
      ),
    'logs:DescribeDeliveries': (input) =>
      nextToken(
        s.deliverySources.flatMap((d) =>
          Array.from({ length: d.deliveries }, (_v, i) => ({
            id: `${d.name}-${i}`,
            deliverySourceName: d.name,
            deliveryDestinationArn: 'arn:aws:logs:us-east-1:1:delivery-destination:d',
          })),
        ),
        input,
        'deliveries',
        'nextToken',
      ),
    'apigateway:GetRestApis': (input, region) => {
      const p = fake.page(fake.region(region).restApis, input['position']);
      return { items: p.items.map((a) => ({ id: a.id, name: a.name })), ...(p.next ? { position: p.next } : {}) };
    },
    'apigateway:GetStages': (input, region) => {
      const api = fake.region(region).restApis.find((a) => a.id === input['restApiId']);
      if (!api) throw awsError('NotFoundException', 'Invalid API identifier specified', 404);
      return {
        item: api.stages.map((st) => ({
          stageName: st.stageName,
          ...(st.accessLogDestinationArn ? { accessLogSettings: { destinationArn: st.accessLogDestinationArn, format: '$context.requestId' } } : {}),
          ...(st.loggingLevel ? { methodSettings: { '*/*': { loggingLevel: st.loggingLevel } } } : {}),
        })),
      };
    },
    'apigatewayv2:GetApis': (input, region) => {
      const p = fake.page(fake.region(region).httpApis, input['NextToken']);
      return {
        Items: p.items.map((a) => ({ ApiId: a.id, Name: a.name, ProtocolType: a.protocol, RouteSelectionExpression: '$request.method $request.path' })),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    'apigatewayv2:GetStages': (input, region) => {
      const api = fake.region(region).httpApis.find((a) => a.id === input['ApiId']);
      if (!api) throw awsError('NotFoundException', 'Invalid API identifier specified', 404);
      return {
        Items: api.stages.map((st) => ({
          StageName: st.stageName,
          ...(st.accessLogDestinationArn ? { AccessLogSettings: { DestinationArn: st.accessLogDestinationArn, Format: '$context.requestId' } } : {}),
          ...(st.loggingLevel ? { DefaultRouteSettings: { LoggingLevel: st.loggingLevel as 'INFO' } } : {}),
        })),
      };
    },
    's3control:GetPublicAccessBlock': () => {
      if (!s.s3.accountPublicAccessBlock) throw awsError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404);
      return { PublicAccessBlockConfiguration: s.s3.accountPublicAccessBlock };
    },
  };
}

function kmsKey(fake: FakeAws, region: string, input: Input): FakeRegion['kmsKeys'][number] {
  const key = fake.region(region).kmsKeys.find((k) => k.meta.KeyId === input['KeyId'] || k.meta.Arn === input['KeyId']);
  if (!key) throw awsError('NotFoundException', 'Key does not exist', 400);
  return key;
}
