/**
 * The bundled demo account: a small, realistic AWS production account in two regions, with
 * compliant resources next to the misconfigurations people actually ship. `cspm scan --demo`
 * evaluates it so a newcomer sees a real report without a cloud account.
 */
import type { AnyResource } from '../resources/index.js';
import type { InventoryScope } from '../inventory/types.js';
import {
  awsAccount,
  awsRegion,
  cloudTrail,
  ec2Instance,
  rdsInstance,
  s3AccountPublicAccessBlock,
  s3Bucket,
  securityGroup,
  sgRule,
} from '../inventory/builders/aws.js';

export const DEMO_AWS_ACCOUNT = '210987654321';
const REGIONS = ['eu-west-1', 'us-east-1'] as const;
const US = { account: DEMO_AWS_ACCOUNT, region: 'us-east-1' };
const EU = { account: DEMO_AWS_ACCOUNT, region: 'eu-west-1' };
const anywhere4 = [{ cidr: '0.0.0.0/0', description: null }];
const anywhere6 = [{ cidr: '::/0', description: null }];

export const demoAwsScope: InventoryScope = {
  provider: 'aws',
  account: DEMO_AWS_ACCOUNT,
  displayName: 'acme-prod (demo)',
  principal: `arn:aws:iam::${DEMO_AWS_ACCOUNT}:user/demo-auditor`,
  regions: [...REGIONS],
};

export function demoAwsResources(): AnyResource[] {
  const tagged = (name: string, extra: Record<string, string> = {}): Record<string, string> => ({ Name: name, env: 'prod', team: 'platform', ...extra });
  return [
    awsAccount({ account: DEMO_AWS_ACCOUNT }),
    ...REGIONS.map((r) => awsRegion(r, { account: DEMO_AWS_ACCOUNT })),
    // The account-level S3 Block Public Access was never turned on.
    s3AccountPublicAccessBlock(null, { account: DEMO_AWS_ACCOUNT }),

    // S3
    s3Bucket('acme-prod-cloudtrail-logs', {}, US),
    s3Bucket('acme-backups-eu', {}, EU),
    s3Bucket(
      'acme-marketing-site',
      {
        publicAccessBlock: null,
        policyIsPublic: true,
        policy: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-marketing-site/*' }],
        },
      },
      { ...EU, tags: { team: 'marketing' } },
    ),
    s3Bucket(
      'acme-data-exports',
      {
        publicAccessBlock: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: true },
        objectOwnership: 'ObjectWriter',
        acl: {
          ownerId: 'acme-canonical-id',
          grants: [
            { granteeType: 'CanonicalUser', granteeId: 'acme-canonical-id', granteeUri: null, permission: 'FULL_CONTROL' },
            { granteeType: 'Group', granteeId: null, granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' },
          ],
        },
      },
      { ...US, tags: { team: 'data' } },
    ),
    s3Bucket('acme-app-uploads', { publicAccessBlock: null }, US),

    // EC2 instances
    ec2Instance('i-0a7c3e9f1b2d4e601', { publicIpAddress: '203.0.113.10', securityGroupIds: ['sg-0web00000000001'] }, { ...US, tags: tagged('web-1') }),
    ec2Instance('i-0a7c3e9f1b2d4e602', { publicIpAddress: '198.51.100.7', securityGroupIds: ['sg-0bastion000001'] }, { ...US, tags: tagged('bastion') }),
    ec2Instance('i-0a7c3e9f1b2d4e603', {}, { ...US, tags: tagged('worker-1') }),
    ec2Instance('i-0a7c3e9f1b2d4e604', { state: 'stopped' }, { ...US, tags: tagged('worker-old') }),
    ec2Instance('i-0b8d4f0a2c3e5f701', { ipv6Addresses: ['2001:db8:1234::10'], privateIpAddress: '10.1.2.20' }, { ...EU, tags: tagged('batch-eu') }),
    ec2Instance('i-0b8d4f0a2c3e5f702', { platform: 'windows', securityGroupIds: ['sg-0legacyadmin001'] }, { ...EU, tags: tagged('legacy-win') }),

    // Security groups
    securityGroup(
      'sg-0web00000000001',
      {
        groupName: 'web-public',
        ingress: [
          sgRule({ fromPort: 443, toPort: 443, ipv4Ranges: anywhere4, ipv6Ranges: anywhere6 }),
          sgRule({ fromPort: 80, toPort: 80, ipv4Ranges: anywhere4 }),
        ],
      },
      US,
    ),
    securityGroup('sg-0bastion000001', { groupName: 'bastion-ssh', ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: anywhere4 })] }, US),
    securityGroup(
      'sg-0db000000000001',
      { groupName: 'orders-db', ingress: [sgRule({ fromPort: 5432, toPort: 5432, ipv4Ranges: [], referencedGroupIds: ['sg-0web00000000001'] })] },
      US,
    ),
    securityGroup(
      'sg-0debug00000001',
      { groupName: 'debug-tools', ingress: [sgRule({ fromPort: 8080, toPort: 8090, ipv4Ranges: anywhere4 })], attachedInterfaceCount: 0 },
      US,
    ),
    securityGroup(
      'sg-0legacyadmin001',
      {
        groupName: 'legacy-admin',
        ingress: [
          sgRule({ fromPort: 3389, toPort: 3389, ipv4Ranges: anywhere4 }),
          sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: anywhere6 }),
        ],
      },
      EU,
    ),
    securityGroup('sg-0internal00001', { groupName: 'internal-services' }, EU),

    // RDS
    rdsInstance('orders-db', {}, { ...US, tags: { team: 'orders' } }),
    rdsInstance(
      'legacy-reporting',
      { storageEncrypted: false, kmsKeyId: null, engine: 'mysql', engineVersion: '8.0.39', multiAZ: false },
      { ...EU, tags: { team: 'finance' } },
    ),

    // CloudTrail: the only trail was stopped during a cost-cutting exercise.
    cloudTrail(
      'acme-management-events',
      {
        s3BucketName: 'acme-prod-cloudtrail-logs',
        status: { isLogging: false, latestDeliveryTime: '2026-08-14T23:59:00.000Z', latestDeliveryError: null, latestCloudWatchLogsDeliveryTime: null },
      },
      US,
    ),
  ];
}
