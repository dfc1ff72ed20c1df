import { afterEach, describe, expect, it } from '@jest/globals';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRules } from '../../rules/index.js';
import { demoInventory } from '../../src/demo/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { ScanResult } from '../../src/engine/result.js';
import type { AnyRule } from '../../src/engine/rule.js';
import { runScan } from '../../src/engine/scan.js';
import { Inventory } from '../../src/inventory/inventory.js';
import type { InventoryData } from '../../src/inventory/types.js';
import { openStore, type Store } from '../../src/store/db.js';
import { migrationProvider } from '../../src/store/migrations/index.js';
import { diffByFingerprint, diffScans, diffWithinScope } from '../../src/store/repos/diff.js';
import { getScan } from '../../src/store/repos/history.js';
import { pruneScans } from '../../src/store/repos/prune.js';
import { CONTENT_COLUMNS, ruleDigests } from '../../src/store/repos/findings.js';
import { loadScan, recordScan } from '../../src/store/repos/scans.js';
import { sqliteDriver } from '../../src/store/sqlite-driver.js';

const BetterSqlite3 = sqliteDriver();

const FIVE = new Set([
  'aws-s3-bucket-public-access-blocked',
  'aws-rds-instance-storage-encrypted',
  'aws-ec2-instance-no-public-ip',
  'aws-ec2-security-group-no-unrestricted-ingress',
  'aws-cloudtrail-account-logging-enabled',
]);
const RULES = allRules.filter((r) => FIVE.has(r.id));

function scan(data: InventoryData, rules: readonly AnyRule[] = RULES): ScanResult {
  return runScan(new Inventory(data), {
    source: 'input',
    rules,
    startedAt: new Date('2026-11-01T10:00:00.000Z'),
    finishedAt: () => new Date('2026-11-01T10:00:01.000Z'),
    severity: null,
    checks: null,
    frameworks: [],
  });
}

const stores: Store[] = [];
async function memoryStore(): Promise<Store> {
  const store = await openStore(':memory:');
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function findingRows(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('finding')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

const states = (result: ScanResult): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const f of result.findings) out[f.lifecycle?.state ?? 'none'] = (out[f.lifecycle?.state ?? 'none'] ?? 0) + 1;
  return out;
};

describe('fingerprints and versions', () => {
  it('stay stable when the inventory is reordered: nothing new is written', async () => {
    const store = await memoryStore();
    const data = demoInventory();
    const first = await recordScan(store, scan(data));
    const rows = await findingRows(store);
    expect(rows).toBe(first.findings.length);
    const shuffled = { ...data, resources: [...data.resources].reverse() };
    const second = await recordScan(store, scan(shuffled));
    expect(states(second)).toEqual({ unchanged: second.findings.length });
    expect(await findingRows(store)).toBe(rows);
    expect(second.findings.map((f) => f.fingerprint)).toEqual(first.findings.map((f) => f.fingerprint));
  });

  it('stay stable when messages or rule metadata change: a new version, the same lifecycle', async () => {
    const store = await memoryStore();
    await recordScan(store, scan(demoInventory()));
    const reworded = RULES.map((r) => ({
      ...r,
      title: `${r.title} (v2)`,
      severity: 'critical' as const,
      messages: Object.fromEntries(Object.entries(r.messages).map(([k, v]) => [k, `Reworded: ${v}`])),
    })) as unknown as AnyRule[];
    const second = await recordScan(store, scan(demoInventory(), reworded));
    expect(second.findings.every((f) => f.message.startsWith('Reworded: '))).toBe(true);
    expect(states(second)).toEqual({ unchanged: second.findings.length });
    expect(second.changes?.counts.new).toBe(0);
  });

  it('keep a year of identical scans at the size of one', async () => {
    const store = await memoryStore();
    const data = demoInventory();
    let last: ScanResult | undefined;
    for (let i = 0; i < 10; i++) last = await recordScan(store, scan(data));
    expect(await findingRows(store)).toBe(last?.findings.length);
    expect((await loadScan(store.db, 1))?.findings.map((f) => f.fingerprint)).toEqual(last?.findings.map((f) => f.fingerprint));
  });
});

describe('lifecycle edge cases', () => {
  const rdsListingFails = (data: InventoryData): InventoryData => ({
    ...data,
    errors: [
      {
        provider: 'aws',
        collector: 'rds',
        account: data.scopes[0]?.account ?? '',
        region: 'eu-west-1',
        action: 'rds:DescribeDBInstances',
        code: 'AccessDenied',
        message: 'denied',
        resourceTypes: ['aws.rds.instance'],
        resourceId: null,
        properties: null,
      },
    ],
    resources: data.resources.filter((r) => !(r.type === 'aws.rds.instance' && r.region === 'eu-west-1')),
  });

  it('reports a failure whose listing failed as unknown, never resolved or gone', async () => {
    const store = await memoryStore();
    await recordScan(store, scan(demoInventory()));
    const blind = await recordScan(store, scan(rdsListingFails(demoInventory())));
    expect(blind.changes?.absent.map((f) => [f.resource.name, f.lifecycle?.state])).toEqual([['legacy-reporting', 'unknown']]);
    expect(blind.changes?.counts).toMatchObject({ unknown: 1, gone: 0, resolved: 0 });
    const diff = await diffScans(store.db, (await getScan(store.db, 1))!, (await getScan(store.db, 2))!);
    expect(diff.unknown.map((f) => f.resource.name)).toEqual(['legacy-reporting']);
    expect(diff.gone).toEqual([]);
    // It comes back failing: it was never known fixed, but it was not in the previous scan, so it regressed.
    const back = await recordScan(store, scan(demoInventory()));
    const legacy = back.findings.find((f) => f.resource.name === 'legacy-reporting') as Finding;
    expect(legacy.lifecycle?.state).toBe('regressed');
  });

  it('keeps "known failing" through a per-resource ERROR, then resolves it', async () => {
    const store = await memoryStore();
    const data = demoInventory();
    await recordScan(store, scan(data));
    const legacy = data.resources.find((r) => r.name === 'legacy-reporting');
    const hydrationFails: InventoryData = {
      ...data,
      errors: [
        {
          provider: 'aws',
          collector: 'rds',
          account: legacy?.account ?? '',
          region: legacy?.region ?? '',
          action: 'rds:DescribeDBInstances',
          code: 'Throttling',
          message: 'slow down',
          resourceTypes: ['aws.rds.instance'],
          resourceId: legacy?.id ?? '',
          properties: null,
        },
      ],
    };
    const error = await recordScan(store, scan(hydrationFails));
    expect(error.findings.find((f) => f.resource.name === 'legacy-reporting')?.lifecycle?.state).toBe('unknown');
    const fixed = {
      ...data,
      resources: data.resources.map((r) => (r === legacy ? { ...r, properties: { ...r.properties, storageEncrypted: true, kmsKeyId: 'k' } } : r)),
    } as InventoryData;
    const resolved = await recordScan(store, scan(fixed));
    const finding = resolved.findings.find((f) => f.resource.name === 'legacy-reporting');
    expect(finding?.status).toBe('PASS');
    expect(finding?.lifecycle).toEqual({ state: 'resolved', firstSeen: data.collectedAt, lastSeen: data.collectedAt });
  });

  it('compares scans of different scopes separately', async () => {
    const store = await memoryStore();
    await recordScan(store, scan(demoInventory()));
    const other = await recordScan(store, scan(demoInventory(), RULES.slice(0, 2)));
    expect(other.changes?.previousScanId).toBeNull();
    const again = await recordScan(store, scan(demoInventory()));
    expect(again.changes?.previousScanId).toBe(1);
    expect(states(again)).toEqual({ unchanged: again.findings.length });
  });
});

describe('rule digests', () => {
  const legacyFixed = (data: InventoryData): InventoryData => ({
    ...data,
    resources: data.resources.map((r) =>
      r.name === 'legacy-reporting' ? ({ ...r, properties: { ...r.properties, storageEncrypted: true, kmsKeyId: 'k' } } as typeof r) : r,
    ),
  });
  const renamed = (data: InventoryData): InventoryData => ({
    ...data,
    resources: data.resources.map((r) => (r.name === 'web-1' ? { ...r, name: 'web-1-renamed' } : r)),
  });
  const withoutDebug = (data: InventoryData): InventoryData => ({ ...data, resources: data.resources.filter((r) => r.name !== 'debug-tools') });
  const SEQUENCE: ((d: InventoryData) => InventoryData)[] = [
    (d) => d,
    (d) => d,
    (d) => d,
    renamed,
    renamed,
    (d) => legacyFixed(renamed(d)),
    withoutDebug,
    (d) => d,
    (d) => d,
  ];

  async function digestRows(store: Store): Promise<{ scan_id: number; n: number }[]> {
    return store.db
      .selectFrom('finding_digest')
      .select(['scan_id', ({ fn }) => fn.countAll<number>().as('n')])
      .groupBy('scan_id')
      .execute();
  }

  it('give the same results and versions as comparing every finding, over a sequence of changes', async () => {
    const hashed = await memoryStore();
    const compared = await memoryStore();
    for (const [i, change] of SEQUENCE.entries()) {
      const data = change(demoInventory());
      const fast = await recordScan(hashed, scan(data, allRules));
      await compared.db.deleteFrom('finding_digest').execute();
      const full = await recordScan(compared, scan(data, allRules));
      expect([i, fast]).toEqual([i, full]);
    }
    const all = (store: Store) => store.db.selectFrom('finding').selectAll().orderBy('id').execute();
    expect(await all(hashed)).toEqual(await all(compared));
    // Each scan of the scope replaced the digests with its own, one per rule with findings.
    expect(await digestRows(hashed)).toEqual([
      { scan_id: SEQUENCE.length, n: new Set((await loadScan(hashed.db, SEQUENCE.length))?.findings.map((f) => f.ruleId)).size },
    ]);
  });

  it('let an unchanged re-scan skip every version, and a change write only what changed', async () => {
    const store = await memoryStore();
    const first = await recordScan(store, scan(demoInventory()));
    expect(await digestRows(store)).toEqual([]);
    await recordScan(store, scan(demoInventory()));
    expect(await digestRows(store)).toEqual([{ scan_id: 2, n: new Set(first.findings.map((f) => f.ruleId)).size }]);
    const rows = await findingRows(store);
    const third = await recordScan(store, scan(renamed(demoInventory())));
    const web = third.findings.filter((f) => f.resource.name === 'web-1-renamed');
    expect(web.length).toBeGreaterThan(0);
    expect(await findingRows(store)).toBe(rows + web.length);
    expect(states(third)).toEqual({ unchanged: third.findings.length });
    const failing = third.findings.find((f) => f.status === 'FAIL' && f.resource.name !== 'web-1-renamed');
    expect(failing?.lifecycle).toEqual({ state: 'unchanged', firstSeen: first.scan.collectedAt, lastSeen: third.scan.collectedAt });
    // The rules that changed are listed without a digest, and hashed again once they are unchanged.
    const unhashed = async () =>
      (await store.db.selectFrom('finding_digest').select('rule_id').where('digest', 'is', null).orderBy('rule_id').execute()).map((r) => r.rule_id);
    expect(await unhashed()).toEqual([...new Set(web.map((f) => f.ruleId))].sort());
    const fourth = await recordScan(store, scan(renamed(demoInventory())));
    expect(states(fourth)).toEqual({ unchanged: fourth.findings.length });
    expect(await unhashed()).toEqual([]);
    expect(await findingRows(store)).toBe(rows + web.length);
  });

  it('fall back to comparing every finding when they do not match, and go with their scan', async () => {
    const store = await memoryStore();
    const data = demoInventory();
    await recordScan(store, scan(data));
    await recordScan(store, scan(data));
    await store.db.updateTable('finding_digest').set({ digest: 'stale' }).execute();
    const third = await recordScan(store, scan(withoutDebug(data)));
    expect(third.changes?.counts.gone).toBeGreaterThan(0);
    await pruneScans(store.db, { before: new Date('2100-01-01T00:00:00.000Z') });
    expect(await digestRows(store)).toEqual([]);
  });

  it('cannot be made to collide by moving text between fields', () => {
    const base = scan(demoInventory()).findings[0] as Finding;
    const variant = (name: string, account: string): Finding => ({ ...base, resource: { ...base.resource, name, account } });
    const digestOf = (f: Finding) => ruleDigests([f], () => '{}').get(f.ruleId);
    expect(digestOf(variant('ab', 'c'))).not.toBe(digestOf(variant('a', 'bc')));
    expect(digestOf(variant('a|', 'b'))).not.toBe(digestOf(variant('a', '|b')));
    expect(digestOf(variant('ab', 'c'))).toBe(digestOf(variant('ab', 'c')));
  });

  it('change with every column a version is compared on', () => {
    const base = scan(demoInventory()).findings[0] as Finding;
    const digestOf = (f: Finding, evidence = '{}') => ruleDigests([f], () => evidence).get(f.ruleId);
    const r = base.resource;
    const variants: Finding[] = [
      { ...base, fingerprint: 'f'.repeat(32) },
      { ...base, status: base.status === 'FAIL' ? 'PASS' : 'FAIL' },
      { ...base, severity: base.severity === 'low' ? 'high' : 'low' },
      { ...base, message: `${base.message}.` },
      { ...base, resource: { ...r, type: 'aws.s3.bucket' === r.type ? 'aws.rds.instance' : 'aws.s3.bucket' } },
      { ...base, resource: { ...r, name: `${r.name}x` } },
      { ...base, resource: { ...r, provider: r.provider === 'aws' ? 'azure' : 'aws' } },
      { ...base, resource: { ...r, account: `${r.account}1` } },
      { ...base, resource: { ...r, region: `${r.region}x` } },
      { ...base, findingKey: 'k' },
      { ...base, muted: { reason: 'r', expires: null, source: 'mutelist.yaml:1' } },
    ];
    const digests = new Set([digestOf(base), digestOf(base, '{"a":1}'), ...variants.map((v) => digestOf(v))]);
    expect(digests.size).toBe(variants.length + 2);
    // One variant per column sameContent compares (CONTENT_COLUMNS, evidence_json tested above), plus the fingerprint.
    expect(CONTENT_COLUMNS).toHaveLength(variants.length - 1 + 1);
  });
});

describe('diff', () => {
  it('reads only the versions between two scans of a scope, and agrees with the full comparison', async () => {
    const store = await memoryStore();
    const data = demoInventory();
    const changed: InventoryData = {
      ...data,
      resources: data.resources
        .filter((r) => r.name !== 'debug-tools')
        .map((r) => (r.name === 'legacy-reporting' ? ({ ...r, properties: { ...r.properties, storageEncrypted: true, kmsKeyId: 'k' } } as typeof r) : r)),
    };
    await recordScan(store, scan(data));
    await recordScan(store, scan(changed));
    await recordScan(store, scan(changed));
    await recordScan(store, scan(data));
    for (const [a, b] of [
      [1, 2],
      [2, 3],
      [1, 4],
      [2, 4],
    ] as const) {
      const from = (await getScan(store.db, a))!;
      const to = (await getScan(store.db, b))!;
      const fast = await diffWithinScope(store.db, from, to);
      expect(fast).toEqual(await diffByFingerprint(store.db, from, to));
      expect(await diffScans(store.db, from, to)).toEqual(fast);
    }
    const twoFour = await diffScans(store.db, (await getScan(store.db, 2))!, (await getScan(store.db, 4))!);
    expect([twoFour.regressed.map((f) => f.resource.name).sort(), twoFour.new]).toEqual([['debug-tools', 'legacy-reporting'], []]);
  });
});

describe('prune', () => {
  it('deletes versions only deleted scans used, and keeps what later scans need', async () => {
    const store = await memoryStore();
    const data = demoInventory();
    const noWeb = { ...data, resources: data.resources.filter((r) => r.name !== 'web-1') };
    await recordScan(store, scan(data));
    await recordScan(store, scan(noWeb));
    const third = await recordScan(store, scan(noWeb));
    const result = await pruneScans(store.db, { keep: 1 });
    expect(result.scans).toEqual([1, 2]);
    expect(await loadScan(store.db, 3)).toEqual(third);
    expect(await findingRows(store)).toBe(third.findings.length);
  });
});

describe('migration from the first schema', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('turns stored findings into versions that read back the same', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cspm-migrate-'));
    const path = join(dir, 'old.db');
    const db = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
    const migrated = await new Migrator({ db, provider: migrationProvider }).migrateTo('2026-11-27T00-00_initial');
    expect(migrated.error).toBeUndefined();
    for (const id of [1, 2]) {
      await sql`insert into scan (id, started_at, finished_at, collected_at, tool_version, source, providers, scope_key, scopes_json, rules_json,
        filters_json, complete, resource_count, summary_json, failing_critical, failing_high, failing_medium, failing_low, failing_info)
        values (${id}, 't', 't', ${`2026-10-0${id}T00:00:00.000Z`}, '0.1.0', 'demo', 'aws', 'k', '[]', '["r"]', '{}', 1, 1, '{}', 0, 1, 0, 0, 0)`.execute(db);
      await sql`insert into finding (scan_id, ordinal, fingerprint, rule_id, status, severity, resource_id, resource_type, resource_name, provider,
        account, region, message, evidence_json, finding_key, muted_json)
        values (${id}, 0, 'fp', 'r', 'FAIL', 'high', 'res', 'aws.s3.bucket', 'b', 'aws', '1', 'eu-west-1', 'm', '{"a":1}', null, null)`.execute(db);
    }
    await db.destroy();
    const store = await openStore(path);
    stores.push(store);
    const loaded = await loadScan(store.db, 2);
    expect(loaded?.findings.map((f) => [f.fingerprint, f.status, f.evidence])).toEqual([['fp', 'FAIL', { a: 1 }]]);
    expect(loaded?.changes).toBeUndefined();
    expect((await loadScan(store.db, 1))?.findings.map((f) => f.fingerprint)).toEqual(['fp']);
  });
});
