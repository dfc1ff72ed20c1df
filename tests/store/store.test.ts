import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreError } from '../../src/core/errors.js';
import { demoInventory } from '../../src/demo/index.js';
import { runScan, withScanId } from '../../src/engine/scan.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { allRules } from '../../rules/index.js';
import { openStore } from '../../src/store/db.js';
import { latestScanId, listScans, loadScan, recordScan, saveScan } from '../../src/store/repos/scans.js';
import { sqliteDriver } from '../../src/store/sqlite-driver.js';

const BetterSqlite3 = sqliteDriver();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cspm-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function demoResult() {
  return runScan(new Inventory(demoInventory()), {
    source: 'demo',
    rules: allRules,
    startedAt: new Date('2026-11-01T10:00:00.000Z'),
    finishedAt: () => new Date('2026-11-01T10:00:01.000Z'),
    severity: null,
    checks: null,
    frameworks: [],
  });
}

describe('store', () => {
  it('round-trips a scan exactly', async () => {
    const store = await openStore(':memory:');
    const result = demoResult();
    const recorded = await recordScan(store, result);
    const id = recorded.scan.id as number;
    // What was stored reads back exactly as recordScan returned it (canonical order, lifecycle added).
    expect(await loadScan(store.db, id)).toEqual(recorded);
    expect(recorded.findings.map((f) => ({ ...f, lifecycle: undefined }))).toEqual(
      expect.arrayContaining(withScanId(result, id).findings.map((f) => ({ ...f }))),
    );
    expect(await latestScanId(store.db)).toBe(id);
    expect((await listScans(store.db)).map((s) => s.id)).toEqual([id]);
    expect(await loadScan(store.db, id + 1)).toBeUndefined();
    await store.close();
  });

  it('uses WAL and a busy timeout on files, and migrates an existing database idempotently', async () => {
    const path = join(dir, 'h.db');
    const first = await openStore(path);
    await saveScan(first, demoResult());
    await first.close();
    const raw = new BetterSqlite3(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    const again = await openStore(path);
    expect((await listScans(again.db)).length).toBe(1);
    await again.close();
  });

  it('rolls a failed scan back completely', async () => {
    const store = await openStore(':memory:');
    const result = demoResult();
    const broken = { ...result, findings: [...result.findings, { ...result.findings[0]!, message: { not: 'bindable' } as unknown as string }] };
    await expect(saveScan(store, broken)).rejects.toThrow();
    expect(await listScans(store.db)).toEqual([]);
    expect(
      await store.db
        .selectFrom('finding')
        .select(({ fn }) => fn.countAll().as('n'))
        .executeTakeFirst(),
    ).toEqual({ n: 0 });
    await store.close();
  });

  it('refuses a foreign SQLite database without changing it', async () => {
    const path = join(dir, 'other.db');
    const raw = new BetterSqlite3(path);
    raw.exec('create table notes (body text)');
    raw.close();
    const before = readFileSync(path);
    await expect(openStore(path)).rejects.toThrow(/did not create/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a database written by a newer cspm', async () => {
    const path = join(dir, 'new.db');
    await (await openStore(path)).close();
    const raw = new BetterSqlite3(path);
    raw.prepare("insert into kysely_migration (name, timestamp) values ('2099-01-01T00-00_future', '2099')").run();
    raw.close();
    await expect(openStore(path)).rejects.toThrow(/newer cspm/);
  });

  it('refuses a file that is not SQLite, and a missing file when it must exist', async () => {
    const path = join(dir, 'text.db');
    writeFileSync(path, 'hello, this is not a database at all');
    const error = await openStore(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).exitCode).toBe(2);
    await expect(openStore(join(dir, 'missing.db'), { mustExist: true })).rejects.toThrow(/run 'cspm scan' first/);
  });
});
