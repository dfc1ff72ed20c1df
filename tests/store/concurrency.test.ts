/**
 * Two real processes writing one database, and a process killed in the middle of its write
 * transaction. The children run the TypeScript sources through tsx, so the test never runs a stale
 * dist/.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoInventory } from '../../src/demo/index.js';
import type { ScanResult } from '../../src/engine/result.js';
import { saveInventoryFile } from '../../src/inventory/snapshot.js';
import { openStore } from '../../src/store/db.js';
import { listScans, loadScan } from '../../src/store/repos/scans.js';
import { s3Bucket } from '../fixtures/aws/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Children compile the sources on start: slow on a loaded machine, so generous (this is not a timed assertion). */
const TIMEOUT = 240_000;
const children: ChildProcess[] = [];
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cspm-concurrency-'));
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function child(args: readonly string[]): ChildProcess {
  const proc = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(proc);
  return proc;
}

function finished(proc: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  proc.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

describe('two cspm scan processes on one database', () => {
  it(
    'lose nothing: both scans are stored whole, the later one compared with the earlier',
    async () => {
      const data = demoInventory();
      const account = data.scopes[0]?.account ?? '';
      const buckets = Array.from({ length: 3000 }, (_, i) => s3Bucket(`many-${i}`, i % 3 === 0 ? { publicAccessBlock: null } : {}, { account }));
      const inventory = join(dir, 'inv.json');
      saveInventoryFile(inventory, { ...data, resources: [...data.resources, ...buckets] });
      const db = join(dir, 'shared.db');
      const argv = ['bin/cspm.ts', 'scan', '--input', inventory, '--db', db, '--format', 'json', '--checks', 'aws-s3-bucket-public-access-blocked', '-q'];
      const runs = await Promise.all([finished(child(argv)), finished(child(argv))]);
      expect(runs.map((r) => [r.code, r.stderr])).toEqual([
        [0, ''],
        [0, ''],
      ]);
      const results = runs.map((r) => JSON.parse(r.stdout) as ScanResult);
      expect(results.map((r) => r.scan.id).sort()).toEqual([1, 2]);

      const store = await openStore(db);
      try {
        expect((await listScans(store.db)).length).toBe(2);
        for (const result of results) expect(await loadScan(store.db, result.scan.id as number)).toEqual(result);
        const later = results.find((r) => r.scan.id === 2);
        expect(later?.changes?.previousScanId).toBe(1);
        expect(later?.findings.every((f) => f.lifecycle?.state === 'unchanged')).toBe(true);
      } finally {
        await store.close();
      }
    },
    TIMEOUT,
  );
});

describe('a scan killed in the middle of its write', () => {
  it(
    'leaves earlier scans intact and nothing of itself visible',
    async () => {
      const db = join(dir, 'killed.db');
      const writer = child(['tests/support/store-writer.ts', db, '20000']);
      const done = finished(writer);
      await new Promise<void>((resolve, reject) => {
        let seen = '';
        writer.stdout?.on('data', (d: Buffer) => {
          seen += d.toString();
          if (seen.includes('mid-write')) {
            writer.kill('SIGKILL');
            resolve();
          }
        });
        writer.on('close', () => reject(new Error(`the writer ended before its write: ${seen}`)));
      });
      const result = await done;
      expect(result.signal).toBe('SIGKILL');
      expect(result.stdout).toContain('saved 1');
      expect(result.stdout).not.toContain('committed');

      const store = await openStore(db);
      try {
        expect((await listScans(store.db)).map((s) => s.id)).toEqual([1]);
        const first = await loadScan(store.db, 1);
        expect(first?.findings.length).toBe(first?.summary.total);
        const rows = await store.db
          .selectFrom('finding')
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(rows.n).toBe(first?.findings.length);
      } finally {
        await store.close();
      }
    },
    TIMEOUT,
  );
});
