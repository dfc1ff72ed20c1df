import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveInventoryFile } from '../../../src/inventory/snapshot.js';
import { fmtMs, mdTable, type BenchSuite } from '../suite.js';
import { syntheticInventory } from '../synthetic.js';

interface Measurement {
  loadMs: number;
  evaluateMs: number;
  storeMs: number;
  findings: number;
  rules: number;
  peakRssMiB: number;
}

const worker = fileURLToPath(new URL('../pipeline-worker.ts', import.meta.url));
const RUNS = 3;

/** Issue 2: load, evaluate and store 10k and 100k resources. Target: 100k evaluated + stored < 3 s, < 500 MB. */
export const pipelineSuite: BenchSuite = {
  id: 'pipeline',
  title: 'Scan pipeline: load, evaluate, store',
  run() {
    const dir = mkdtempSync(join(tmpdir(), 'cspm-bench-'));
    const rows: (string | number)[][] = [];
    const rescans: (string | number)[][] = [];
    try {
      for (const size of [10_000, 100_000]) {
        const inventoryPath = join(dir, `inv-${size}.json`);
        saveInventoryFile(inventoryPath, syntheticInventory(size));
        const sizeMiB = statSync(inventoryPath).size / 1024 / 1024;
        const runs: Measurement[] = [];
        for (let i = 0; i < RUNS; i++) {
          const out = execFileSync(process.execPath, ['--import', 'tsx', worker, inventoryPath, join(dir, `bench-${size}-${i}.db`)], { encoding: 'utf8' });
          runs.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measurement);
        }
        // The steady state: the same account scanned again into the database of the first run.
        const again = execFileSync(process.execPath, ['--import', 'tsx', worker, inventoryPath, join(dir, `bench-${size}-0.db`)], { encoding: 'utf8' });
        const rescan = JSON.parse(again.trim().split('\n').pop() ?? '{}') as Measurement;
        rescans.push([
          size.toLocaleString('en-US'),
          fmtMs(rescan.evaluateMs),
          fmtMs(rescan.storeMs),
          fmtMs(rescan.evaluateMs + rescan.storeMs),
          `${rescan.peakRssMiB.toFixed(0)} MiB`,
        ]);
        const median = (f: (m: Measurement) => number) => [...runs.map(f)].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
        const first = runs[0];
        rows.push([
          size.toLocaleString('en-US'),
          `${sizeMiB.toFixed(1)} MiB`,
          first ? `${first.rules} rules / ${first.findings.toLocaleString('en-US')} results` : '',
          fmtMs(median((m) => m.loadMs)),
          fmtMs(median((m) => m.evaluateMs)),
          fmtMs(median((m) => m.storeMs)),
          fmtMs(median((m) => m.evaluateMs + m.storeMs)),
          `${Math.max(...runs.map((m) => m.peakRssMiB)).toFixed(0)} MiB`,
        ]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return Promise.resolve(
      [
        'Synthetic AWS inventories (tests/bench/synthetic.ts: EC2 instances, security groups, S3 buckets and RDS instances across 6 regions, about 5% misconfigured), saved as inventory files and scanned in a fresh Node process each time (median of 3 runs; peak RSS is the whole process, SQLite included).',
        'Load = read + JSON.parse + schema validation; evaluate = every registered rule on every resource; store = one transaction into a new SQLite file (WAL).',
        'Target: 100k resources evaluated and stored in under 3 s in total, under 500 MB peak.',
        '',
        mdTable(['Resources', 'File', 'Work', 'Load', 'Evaluate', 'Store', 'Evaluate + store', 'Peak RSS'], rows),
        '',
        'Re-scan of the same, unchanged account into the database of the first run (the daily steady state: every finding is compared with its stored version, nothing is written but the scan), one run:',
        '',
        mdTable(['Resources', 'Evaluate', 'Store', 'Evaluate + store', 'Peak RSS'], rescans),
      ].join('\n'),
    );
  },
};
