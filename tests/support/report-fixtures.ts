/** Scan results for reporter tests: the demo inventory (or a variant) run through the real engine. */
import { allRules } from '../../rules/index.js';
import type { FrameworkData } from '../../src/compliance/framework.js';
import { DEMO_AWS_ACCOUNT } from '../../src/demo/aws.js';
import { demoInventory } from '../../src/demo/index.js';
import type { Finding, Mute } from '../../src/engine/finding.js';
import { RuleRegistry } from '../../src/engine/registry.js';
import type { ScanResult } from '../../src/engine/result.js';
import { runScan } from '../../src/engine/scan.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { ec2Instance, s3Bucket } from '../../src/inventory/builders/aws.js';
import type { CollectionError, InventoryData } from '../../src/inventory/types.js';
import type { ReportContext } from '../../src/report/types.js';

export const registry = new RuleRegistry(allRules);

export interface ScanFixtureOptions {
  readonly inventory?: InventoryData;
  readonly frameworks?: readonly FrameworkData[];
  readonly mute?: (finding: Finding) => Mute | null;
}

/** The AWS part of the bundled demo: one account, so single-run expectations stay simple. */
export function awsDemoInventory(): InventoryData {
  const demo = demoInventory();
  return {
    ...demo,
    scopes: demo.scopes.filter((s) => s.provider === 'aws'),
    resources: demo.resources.filter((r) => r.provider === 'aws'),
    errors: demo.errors.filter((e) => e.provider === 'aws'),
  };
}

/** Runs an inventory (default: the AWS part of the bundled demo) through runScan with a fixed clock. */
export function scanFixture(options: ScanFixtureOptions = {}): ScanResult {
  const data = options.inventory ?? awsDemoInventory();
  const inventory = new Inventory(data);
  const providers = [...new Set(inventory.scopes.map((s) => s.provider))];
  return runScan(inventory, {
    source: 'demo',
    rules: registry.select({ providers }),
    startedAt: new Date('2026-11-02T10:00:00.000Z'),
    finishedAt: () => new Date('2026-11-02T10:00:02.000Z'),
    severity: null,
    checks: null,
    frameworks: options.frameworks ?? [],
    mute: options.mute ?? null,
  });
}

export function reportContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return { rules: registry, color: false, width: 120, ...overrides };
}

/** A small CIS-like framework over the demo's rules, with two sections (one passing, one failing). */
export function fixtureFramework(extraControlsForS3 = 0): FrameworkData {
  const extra = Array.from({ length: extraControlsForS3 }, (_, i) => ({
    id: `9.${i + 1}`,
    title: `Extra control ${i + 1}`,
    section: '9',
    level: 'L2',
    assessment: 'automated' as const,
    rules: ['aws-s3-bucket-public-access-blocked'],
  }));
  return {
    id: 'cis-aws-test-v1.0.0',
    name: 'CIS AWS Test Benchmark',
    version: '1.0.0',
    provider: 'aws',
    source: 'tests',
    sections: [
      { id: '2', title: 'Storage' },
      { id: '3', title: 'Logging' },
      { id: '5', title: 'Networking' },
      ...(extraControlsForS3 > 0 ? [{ id: '9', title: 'Extra' }] : []),
    ],
    controls: [
      {
        id: '2.1.4',
        title: 'Ensure S3 buckets block public access',
        section: '2',
        level: 'L1',
        assessment: 'automated',
        rules: ['aws-s3-bucket-public-access-blocked'],
      },
      {
        id: '2.3.1',
        title: 'Ensure RDS storage is encrypted',
        section: '2',
        level: 'L1',
        assessment: 'automated',
        rules: ['aws-rds-instance-storage-encrypted'],
      },
      {
        id: '3.1',
        title: 'Ensure CloudTrail is enabled',
        section: '3',
        level: 'L1',
        assessment: 'automated',
        rules: ['aws-cloudtrail-account-logging-enabled'],
      },
      { id: '3.9', title: 'Ensure something manual', section: '3', level: 'L2', assessment: 'manual', rules: [] },
      {
        id: '5.2',
        title: 'Ensure no security group allows admin ports from the world',
        section: '5',
        level: 'L1',
        assessment: 'automated',
        rules: ['aws-ec2-security-group-no-unrestricted-ingress'],
      },
      ...extra,
    ],
  };
}

/** Names an attacker can give a resource (tags are free text): markup, CSV formulas, paths, SARIF syntax. */
export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  '=HYPERLINK("http://evil","x")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '../../../etc/passwd',
  '[click](1) {0} </script><!--',
  'tab\there, new\nline; comma, "quote"',
] as const;

/** The demo inventory plus running instances with public IPs (so they FAIL) named by HOSTILE_NAMES. */
export function hostileInventory(): InventoryData {
  const base = awsDemoInventory();
  const hostile = HOSTILE_NAMES.map((name, i) =>
    ec2Instance(`i-0bad00000000000${i}`, { publicIpAddress: `192.0.2.${i + 1}` }, { account: DEMO_AWS_ACCOUNT, region: 'us-east-1', tags: { Name: name } }),
  );
  return { ...base, resources: [...base.resources, ...hostile] };
}

/** The demo inventory where S3 bucket policies and one region's EC2 calls failed (exit code 3). */
export function inventoryWithErrors(): InventoryData {
  const base = awsDemoInventory();
  const errors: CollectionError[] = [
    {
      provider: 'aws',
      collector: 's3',
      account: DEMO_AWS_ACCOUNT,
      region: 'global',
      action: 's3:GetBucketPolicy',
      code: 'AccessDenied',
      message: 'User: arn:aws:iam::210987654321:user/demo-auditor is not authorized to perform: s3:GetBucketPolicy',
      resourceTypes: ['aws.s3.bucket'],
      resourceId: null,
      properties: null,
    },
    {
      provider: 'aws',
      collector: 'ec2',
      account: DEMO_AWS_ACCOUNT,
      region: 'eu-west-1',
      action: 'ec2:DescribeInstances',
      code: 'Throttling',
      message: 'Rate exceeded',
      resourceTypes: ['aws.ec2.instance'],
      resourceId: null,
      properties: null,
    },
  ];
  return { ...base, errors };
}

/** The demo inventory plus a second account with one failing bucket, so a scan covers two accounts. */
export function twoAccountInventory(): InventoryData {
  const base = awsDemoInventory();
  const other = '111122223333';
  return {
    ...base,
    scopes: [...base.scopes, { provider: 'aws', account: other, displayName: 'acme-dev', principal: null, regions: ['us-east-1'] }],
    resources: [...base.resources, s3Bucket('acme-dev-scratch', { publicAccessBlock: null, policyIsPublic: true }, { account: other, region: 'us-east-1' })],
  };
}
