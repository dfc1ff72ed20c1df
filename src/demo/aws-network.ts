/**
 * The demo account's compute and network: a web tier and a bastion in us-east-1, a batch host and a
 * legacy Windows server in eu-west-1, their security groups, VPCs, NACLs and route tables. The
 * us-east-1 VPC was built with the landing zone; the eu-west-1 one grew by hand.
 */
import type { AnyResource } from '../resources/index.js';
import {
  ebsDefaultEncryption,
  ec2Instance,
  ec2Volume,
  NACL_DEFAULT_DENY,
  naclEntry,
  networkAcl,
  route,
  routeTable,
  securityGroup,
  sgRule,
  vpc,
} from '../inventory/builders/aws.js';
import { EU, tagged, US } from './aws-placement.js';

const anywhere4 = [{ cidr: '0.0.0.0/0', description: null }];
const anywhere6 = [{ cidr: '::/0', description: null }];
const US_VPC = { vpcId: 'vpc-0us0000000000001', subnetId: 'subnet-0us000000000001' };
const EU_VPC = { vpcId: 'vpc-0eu0000000000001', subnetId: 'subnet-0eu000000000001' };
const imdsV1 = { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 };

export function demoNetwork(): AnyResource[] {
  return [
    // EC2 instances
    ec2Instance(
      'i-0a7c3e9f1b2d4e601',
      { ...US_VPC, publicIpAddress: '203.0.113.10', securityGroupIds: ['sg-0web00000000001'] },
      { ...US, tags: tagged('web-1') },
    ),
    ec2Instance(
      'i-0a7c3e9f1b2d4e602',
      { ...US_VPC, publicIpAddress: '198.51.100.7', securityGroupIds: ['sg-0bastion000001'] },
      { ...US, tags: tagged('bastion') },
    ),
    ec2Instance('i-0a7c3e9f1b2d4e603', { ...US_VPC }, { ...US, tags: tagged('worker-1') }),
    ec2Instance('i-0a7c3e9f1b2d4e604', { ...US_VPC, state: 'stopped' }, { ...US, tags: tagged('worker-old') }),
    ec2Instance(
      'i-0b8d4f0a2c3e5f701',
      { ...EU_VPC, ipv6Addresses: ['2001:db8:1234::10'], privateIpAddress: '10.1.2.20', securityGroupIds: ['sg-0internal00001'] },
      { ...EU, tags: tagged('batch-eu') },
    ),
    ec2Instance(
      'i-0b8d4f0a2c3e5f702',
      { ...EU_VPC, platform: 'windows', securityGroupIds: ['sg-0legacyadmin001'], iamInstanceProfileArn: null, metadataOptions: imdsV1 },
      { ...EU, tags: tagged('legacy-win') },
    ),
    ec2Volume('vol-0a7c3e9f1b2d4e611', { attachedInstanceIds: ['i-0a7c3e9f1b2d4e601'] }, { ...US, tags: tagged('web-1-root') }),
    ec2Volume(
      'vol-0b8d4f0a2c3e5f712',
      { encrypted: false, kmsKeyId: null, sizeGiB: 200, attachedInstanceIds: ['i-0b8d4f0a2c3e5f702'] },
      { ...EU, tags: tagged('legacy-win-data') },
    ),
    // Encryption by default was switched on in 2025; the legacy volume predates it.
    ebsDefaultEncryption({}, US),
    ebsDefaultEncryption({}, EU),

    // Security groups
    securityGroup(
      'sg-0web00000000001',
      {
        groupName: 'web-public',
        vpcId: US_VPC.vpcId,
        ingress: [sgRule({ ipv4Ranges: anywhere4, ipv6Ranges: anywhere6 }), sgRule({ fromPort: 80, toPort: 80, ipv4Ranges: anywhere4 })],
      },
      US,
    ),
    securityGroup(
      'sg-0bastion000001',
      { groupName: 'bastion-ssh', vpcId: US_VPC.vpcId, ingress: [sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: anywhere4 })] },
      US,
    ),
    securityGroup(
      'sg-0db000000000001',
      {
        groupName: 'orders-db',
        vpcId: US_VPC.vpcId,
        ingress: [sgRule({ fromPort: 5432, toPort: 5432, ipv4Ranges: [], referencedGroupIds: ['sg-0web00000000001'] })],
      },
      US,
    ),
    securityGroup(
      'sg-0debug00000001',
      { groupName: 'debug-tools', vpcId: US_VPC.vpcId, ingress: [sgRule({ fromPort: 8080, toPort: 8090, ipv4Ranges: anywhere4 })], attachedInterfaceCount: 0 },
      US,
    ),
    securityGroup('sg-0usdefault00001', { groupName: 'default', vpcId: US_VPC.vpcId, ingress: [], egress: [], attachedInterfaceCount: 0 }, US),
    securityGroup(
      'sg-0legacyadmin001',
      {
        groupName: 'legacy-admin',
        vpcId: EU_VPC.vpcId,
        ingress: [
          sgRule({ fromPort: 3389, toPort: 3389, ipv4Ranges: anywhere4 }),
          sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: anywhere6 }),
        ],
      },
      EU,
    ),
    securityGroup('sg-0internal00001', { groupName: 'internal-services', vpcId: EU_VPC.vpcId }, EU),
    securityGroup(
      'sg-0eudefault00001',
      {
        groupName: 'default',
        vpcId: EU_VPC.vpcId,
        ingress: [sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], referencedGroupIds: ['sg-0eudefault00001'] })],
      },
      EU,
    ),

    // VPCs, network ACLs and routes
    vpc(US_VPC.vpcId, { cidrBlock: '10.0.0.0/16' }, { ...US, tags: tagged('prod-us') }),
    vpc(EU_VPC.vpcId, { cidrBlock: '10.1.0.0/16', flowLogs: [] }, { ...EU, tags: tagged('prod-eu') }),
    networkAcl(
      'acl-0us0000000000001',
      {
        vpcId: US_VPC.vpcId,
        entries: [
          naclEntry({ ruleNumber: 90, ruleAction: 'deny', portRange: { from: 22, to: 22 } }),
          naclEntry({ ruleNumber: 91, ruleAction: 'deny', portRange: { from: 3389, to: 3389 } }),
          naclEntry({ ruleNumber: 100, portRange: { from: 443, to: 443 } }),
          naclEntry({ ruleNumber: 110, portRange: { from: 1024, to: 65535 } }),
          naclEntry({ ruleNumber: 100, egress: true, protocol: '-1', portRange: null }),
          ...NACL_DEFAULT_DENY,
        ],
      },
      { ...US, tags: tagged('prod-us-public') },
    ),
    networkAcl(
      'acl-0eu0000000000001',
      {
        vpcId: EU_VPC.vpcId,
        isDefault: true,
        associatedSubnetIds: [EU_VPC.subnetId],
        entries: [
          naclEntry({ ruleNumber: 100, protocol: '-1', portRange: null }),
          naclEntry({ ruleNumber: 101, protocol: '-1', portRange: null, cidrBlock: null, ipv6CidrBlock: '::/0' }),
          naclEntry({ ruleNumber: 100, egress: true, protocol: '-1', portRange: null }),
          ...NACL_DEFAULT_DENY,
        ],
      },
      EU,
    ),
    routeTable(
      'rtb-0us0000000000001',
      {
        vpcId: US_VPC.vpcId,
        routes: [
          route({ destinationCidrBlock: '10.0.0.0/16' }),
          route({ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-0us0000000000001' }),
          route({ destinationCidrBlock: '10.1.0.0/16', gatewayId: null, vpcPeeringConnectionId: 'pcx-0useu000000000001' }),
        ],
      },
      { ...US, tags: tagged('prod-us-public') },
    ),
    routeTable(
      'rtb-0eu0000000000001',
      {
        vpcId: EU_VPC.vpcId,
        isMain: true,
        routes: [
          route({ destinationCidrBlock: '10.1.0.0/16' }),
          route({ destinationCidrBlock: '10.0.0.0/8', gatewayId: null, vpcPeeringConnectionId: 'pcx-0useu000000000001' }),
        ],
      },
      EU,
    ),
  ];
}
