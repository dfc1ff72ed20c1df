/**
 * Factories for AWS resources whose defaults are compliant, so a test case or the demo overrides
 * exactly the property under test. Ids follow AWS ARN formats; account- and region-level facts
 * that have no ARN use `aws:account/<id>[/region/<region>]/<kind>`.
 */
import type { Resource } from '../../resources/index.js';
import type { CloudTrailTrail, Ec2Instance, Ec2SecurityGroup, PublicAccessBlock, RdsInstance, S3Bucket, SecurityGroupRule } from '../../resources/aws/index.js';
import { awsAccountFactId, awsAccountId, awsRegionId } from '../../resources/aws/ids.js';
import { DEFAULT_ACCOUNT, DEFAULT_REGION, makeResource, type Placement } from './resource.js';

const FULL_BLOCK: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

function where(p: Placement): { account: string; region: string; tags: Readonly<Record<string, string>> } {
  return { account: p.account ?? DEFAULT_ACCOUNT, region: p.region ?? DEFAULT_REGION, tags: p.tags ?? {} };
}

/** The `aws.account` id (kept for tests; the shared helpers live in src/resources/aws/ids.ts). */
export const accountId = awsAccountId;

export function awsAccount(p: Placement = {}): Resource<'aws.account'> {
  const { account, tags } = where(p);
  return makeResource('aws.account', { id: accountId(account), name: account, account, region: 'global', tags }, { accountId: account, partition: 'aws' });
}

export function awsRegion(regionName: string, p: Placement = {}): Resource<'aws.region'> {
  const { account } = where(p);
  return makeResource(
    'aws.region',
    { id: awsRegionId(account, regionName), name: regionName, account, region: regionName },
    { regionName, optInStatus: 'opt-in-not-required' },
  );
}

export function s3AccountPublicAccessBlock(
  configuration: PublicAccessBlock | null = FULL_BLOCK,
  p: Placement = {},
): Resource<'aws.s3.account-public-access-block'> {
  const { account } = where(p);
  return makeResource(
    'aws.s3.account-public-access-block',
    { id: awsAccountFactId(account, 's3-public-access-block'), name: `${account} S3 Block Public Access`, account, region: 'global' },
    { configuration },
  );
}

export function s3Bucket(name: string, props: Partial<S3Bucket> = {}, p: Placement = {}): Resource<'aws.s3.bucket'> {
  const { account, region, tags } = where(p);
  return makeResource(
    'aws.s3.bucket',
    { id: `arn:aws:s3:::${name}`, name, account, region, tags },
    {
      name,
      creationDate: '2024-03-01T12:00:00.000Z',
      publicAccessBlock: FULL_BLOCK,
      policy: null,
      policyIsPublic: null,
      acl: {
        ownerId: 'owner-canonical-id',
        grants: [{ granteeType: 'CanonicalUser', granteeId: 'owner-canonical-id', granteeUri: null, permission: 'FULL_CONTROL' }],
      },
      objectOwnership: 'BucketOwnerEnforced',
      encryption: { algorithm: 'aws:kms', kmsKeyId: null, bucketKeyEnabled: true },
      versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
      logging: null,
      ...props,
    },
  );
}

export function ec2Instance(instanceId: string, props: Partial<Ec2Instance> = {}, p: Placement = {}): Resource<'aws.ec2.instance'> {
  const { account, region, tags } = where(p);
  return makeResource(
    'aws.ec2.instance',
    { id: `arn:aws:ec2:${region}:${account}:instance/${instanceId}`, name: tags['Name'] ?? instanceId, account, region, tags },
    {
      instanceId,
      state: 'running',
      instanceType: 't3.micro',
      imageId: 'ami-0abcdef1234567890',
      launchTime: '2026-09-01T08:00:00.000Z',
      platform: null,
      vpcId: 'vpc-0a1b2c3d',
      subnetId: 'subnet-0a1b2c3d',
      privateIpAddress: '10.0.1.10',
      publicIpAddress: null,
      ipv6Addresses: [],
      securityGroupIds: ['sg-0a1b2c3d'],
      iamInstanceProfileArn: `arn:aws:iam::${account}:instance-profile/app`,
      metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
      ...props,
    },
  );
}

/** An ingress or egress rule; defaults to HTTPS from a private range. */
export function sgRule(props: Partial<SecurityGroupRule> = {}): SecurityGroupRule {
  return {
    ipProtocol: 'tcp',
    fromPort: 443,
    toPort: 443,
    ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }],
    ipv6Ranges: [],
    prefixListIds: [],
    referencedGroupIds: [],
    ...props,
  };
}

export function securityGroup(groupId: string, props: Partial<Ec2SecurityGroup> = {}, p: Placement = {}): Resource<'aws.ec2.security-group'> {
  const { account, region, tags } = where(p);
  const groupName = props.groupName ?? groupId;
  return makeResource(
    'aws.ec2.security-group',
    { id: `arn:aws:ec2:${region}:${account}:security-group/${groupId}`, name: groupName, account, region, tags },
    {
      groupId,
      groupName,
      description: null,
      vpcId: 'vpc-0a1b2c3d',
      ownerId: account,
      ingress: [sgRule()],
      egress: [sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [{ cidr: '0.0.0.0/0', description: null }] })],
      attachedInterfaceCount: 1,
      ...props,
    },
  );
}

export function rdsInstance(identifier: string, props: Partial<RdsInstance> = {}, p: Placement = {}): Resource<'aws.rds.instance'> {
  const { account, region, tags } = where(p);
  return makeResource(
    'aws.rds.instance',
    { id: `arn:aws:rds:${region}:${account}:db:${identifier}`, name: identifier, account, region, tags },
    {
      dbInstanceIdentifier: identifier,
      engine: 'postgres',
      engineVersion: '16.4',
      dbInstanceClass: 'db.t4g.medium',
      storageEncrypted: true,
      kmsKeyId: `arn:aws:kms:${region}:${account}:key/11111111-2222-3333-4444-555555555555`,
      publiclyAccessible: false,
      autoMinorVersionUpgrade: true,
      multiAZ: true,
      dbClusterIdentifier: null,
      vpcSecurityGroupIds: ['sg-0a1b2c3d'],
      backupRetentionPeriod: 7,
      deletionProtection: true,
      ...props,
    },
  );
}

export function cloudTrail(name: string, props: Partial<CloudTrailTrail> = {}, p: Placement = {}): Resource<'aws.cloudtrail.trail'> {
  const { account, region, tags } = where(p);
  const owner = props.ownerAccountId ?? account;
  const homeRegion = props.homeRegion ?? region;
  return makeResource(
    'aws.cloudtrail.trail',
    { id: `arn:aws:cloudtrail:${homeRegion}:${owner}:trail/${name}`, name, account, region: homeRegion, tags },
    {
      name,
      homeRegion,
      ownerAccountId: owner,
      isMultiRegionTrail: true,
      isOrganizationTrail: false,
      includeGlobalServiceEvents: true,
      logFileValidationEnabled: true,
      kmsKeyId: `arn:aws:kms:${homeRegion}:${owner}:key/99999999-8888-7777-6666-555555555555`,
      s3BucketName: `${owner}-cloudtrail-logs`,
      s3KeyPrefix: null,
      cloudWatchLogsLogGroupArn: `arn:aws:logs:${homeRegion}:${owner}:log-group:cloudtrail:*`,
      snsTopicArn: null,
      status: {
        isLogging: true,
        latestDeliveryTime: '2026-11-01T08:55:00.000Z',
        latestDeliveryError: null,
        latestCloudWatchLogsDeliveryTime: '2026-11-01T08:55:00.000Z',
      },
      eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }],
      advancedEventSelectors: null,
      ...props,
    },
  );
}

// The factories for the other AWS resource types, one module per area.
export * from './aws-iam.js';
export * from './aws-network.js';
export * from './aws-services.js';
