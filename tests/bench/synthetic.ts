/**
 * Synthetic AWS inventories for benchmarks: realistic proportions of resource types, realistic
 * values, a few percent misconfigured, deterministic for a given size (seeded PRNG).
 */
import { INVENTORY_FORMAT_VERSION, type InventoryData } from '../../src/inventory/types.js';
import type { AnyResource } from '../../src/resources/index.js';
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
} from '../../src/inventory/builders/aws.js';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same inventory. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const ACCOUNT = '345678901234';

export function syntheticInventory(size: number, seed = 42): InventoryData {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const place = () => ({
    account: ACCOUNT,
    region: pick(REGIONS),
    tags: {
      env: pick(['prod', 'staging', 'dev']),
      team: pick(['payments', 'search', 'platform', 'data']),
      'cost-center': String(1000 + Math.floor(random() * 50)),
    },
  });
  const hex = (n: number) =>
    Math.floor(random() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  const resources: AnyResource[] = [
    awsAccount({ account: ACCOUNT }),
    s3AccountPublicAccessBlock(null, { account: ACCOUNT }),
    ...REGIONS.map((r) => awsRegion(r, { account: ACCOUNT })),
  ];
  resources.push(cloudTrail('org-trail', {}, { account: ACCOUNT, region: 'us-east-1' }));
  let i = 0;
  while (resources.length < size) {
    i++;
    const roll = random();
    const bad = random() < 0.05;
    if (roll < 0.35) {
      resources.push(
        ec2Instance(
          `i-${hex(8)}${i.toString(16).padStart(9, '0')}`,
          {
            publicIpAddress: bad ? `203.0.113.${i % 250}` : null,
            instanceType: pick(['t3.micro', 'm6i.large', 'c7g.xlarge', 'r6i.2xlarge']),
            privateIpAddress: `10.${i % 250}.${(i >> 8) % 250}.${i % 200}`,
          },
          place(),
        ),
      );
    } else if (roll < 0.65) {
      resources.push(
        securityGroup(
          `sg-${hex(8)}${i.toString(16).padStart(9, '0')}`,
          {
            groupName: `svc-${i}`,
            ingress: [
              sgRule({ fromPort: 443, toPort: 443 }),
              sgRule({ fromPort: bad ? 22 : 8443, toPort: bad ? 22 : 8443, ipv4Ranges: [{ cidr: bad ? '0.0.0.0/0' : '10.0.0.0/8', description: 'ingress' }] }),
            ],
          },
          place(),
        ),
      );
    } else if (roll < 0.9) {
      resources.push(s3Bucket(`bucket-${i}-${hex(6)}`, bad ? { publicAccessBlock: null } : {}, place()));
    } else {
      resources.push(rdsInstance(`db-${i}`, { storageEncrypted: !bad, engine: pick(['postgres', 'mysql', 'aurora-postgresql']) }, place()));
    }
  }
  return {
    formatVersion: INVENTORY_FORMAT_VERSION,
    tool: { name: 'cspm', version: 'bench' },
    collectedAt: '2026-11-01T00:00:00.000Z',
    scopes: [{ provider: 'aws', account: ACCOUNT, displayName: 'synthetic', principal: null, regions: [...REGIONS].sort() }],
    resources,
    errors: [],
  };
}
