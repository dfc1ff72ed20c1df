import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComplianceReport } from '../../../src/compliance/evaluate.js';
import type { Severity, Status } from '../../../src/core/types.js';
import { main } from '../../../src/cli/main.js';
import { fingerprintOf, type Finding } from '../../../src/engine/finding.js';
import { REPORT_SCHEMA_VERSION, summarize, type ScanResult, type ScanSummary } from '../../../src/engine/result.js';
import { openStore } from '../../../src/store/db.js';
import { diffScans } from '../../../src/store/repos/diff.js';
import { getScan } from '../../../src/store/repos/history.js';
import { CONTENT_COLUMNS, contentColumns, OPEN, sameContent } from '../../../src/store/repos/findings.js';
import { insertCompliance, recordScan } from '../../../src/store/repos/scans.js';
import type { NewFindingRow } from '../../../src/store/schema.js';
import type { Store } from '../../../src/store/db.js';
import { fmtMs, mdTable, timed, type BenchSuite } from '../suite.js';
import { prng } from '../synthetic.js';

const DAYS = Number(process.env['CSPM_BENCH_DAYS'] ?? 365);
const RESOURCES = 50_000;
/** Checks per resource: 50,000 resources give 100,000 findings per scan. */
const RULES = ['bench-s3-bucket-public-access-blocked', 'bench-s3-bucket-encrypted'] as const;
/** Daily churn: resources replaced, findings flipping PASS/FAIL, findings whose evidence drifts. */
const REPLACED = 0.002;
const FLIPPED = 0.001;
const DRIFTED = 0.002;
const ACCOUNT = '345678901234';
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const root = fileURLToPath(new URL('../../..', import.meta.url));

interface State {
  status: Status;
  value: number;
}

/**
 * Issue 6: a year of daily scans of a large account, stored through the real write path
 * (recordScan: versions and lifecycle in one transaction), then `cspm diff` and `cspm history`.
 */
export const historySuite: BenchSuite = {
  id: 'history',
  title: 'History: a year of daily scans',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cspm-bench-history-'));
    const path = join(dir, 'year.db');
    try {
      const random = prng(7);
      let nextId = 0;
      const ids = Array.from({ length: RESOURCES }, () => nextId++);
      const states = new Map<string, State>();
      const store = await openStore(path);
      const seeder = new Seeder(store);
      const writes: number[] = [];
      const started = process.hrtime.bigint();
      for (let day = 0; day < DAYS; day++) {
        const removed: string[] = [];
        if (day > 0) {
          for (let k = 0; k < RESOURCES * REPLACED; k++) {
            const at = Math.floor(random() * ids.length);
            for (const rule of RULES) {
              states.delete(`${rule}/${ids[at] ?? -1}`);
              removed.push(fingerprintOf(rule, `arn:aws:s3:::bench-bucket-${ids[at] ?? -1}`, null));
            }
            ids[at] = nextId++;
          }
        }
        const seeding = day < DAYS - 2;
        const findings: Finding[] = [];
        const changed: Finding[] = [];
        for (const n of ids) {
          for (const rule of RULES) {
            const key = `${rule}/${n}`;
            let state = states.get(key);
            let moved = false;
            if (!state) {
              state = { status: random() < 0.1 ? 'FAIL' : 'PASS', value: 0 };
              states.set(key, state);
              moved = true;
            } else {
              if (random() < FLIPPED) {
                state.status = state.status === 'FAIL' ? 'PASS' : 'FAIL';
                moved = true;
              }
              if (random() < DRIFTED) {
                state.value++;
                moved = true;
              }
            }
            if (!seeding) findings.push(finding(rule, n, state));
            else if (moved) changed.push(finding(rule, n, state));
          }
        }
        const collectedAt = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString();
        if (seeding) {
          // Seeding: the rows the write path stores, written directly, touching only what changed.
          await seeder.add(scanResult([], collectedAt, countStates(states)), changed, removed);
        } else {
          if (day === DAYS - 2) seeder.flush();
          const { ms } = await timed(() => recordScan(store, scanResult(findings, collectedAt)));
          writes.push(ms);
        }
        if (day % 50 === 0) process.stderr.write(`  history bench: day ${day + 1}/${DAYS}\n`);
      }
      const seedMs = Number(process.hrtime.bigint() - started) / 1e6;
      const versions = await store.db
        .selectFrom('finding')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      await store.close();
      const bytes = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

      const last = DAYS;
      const queries = await measureQueries(path, last);
      const cli = measureProcesses(path);
      return [
        `${DAYS} daily scans of one AWS account with ${RESOURCES.toLocaleString('en-US')} resources and ${RULES.length} checks each (${(RESOURCES * RULES.length).toLocaleString('en-US')} findings per scan, 10% failing), the first ${DAYS - 2} seeded by writing the rows the write path would write (finding versions, scans, compliance), the last two stored through recordScan itself (one transaction, lifecycle computed in it).`,
        `Churn per day: ${REPLACED * 100}% of resources replaced, ${FLIPPED * 100}% of findings flipping PASS/FAIL, ${DRIFTED * 100}% of findings with changed evidence.`,
        'Targets: `cspm diff` of the last two scans and `cspm history` each under 1 s.',
        '',
        mdTable(
          ['Measure', 'Value'],
          [
            ['Database size (file + WAL)', `${(bytes / 1024 / 1024).toFixed(1)} MiB (${(bytes / DAYS / 1024).toFixed(0)} KiB per scan)`],
            [
              'Finding versions stored',
              `${versions.n.toLocaleString('en-US')} (vs ${(DAYS * RESOURCES * RULES.length).toLocaleString('en-US')} findings scanned)`,
            ],
            ['Store one daily scan through recordScan (the last two days)', writes.map(fmtMs).join(', ')],
            ['Seeding the year', fmtMs(seedMs)],
            ['diffScans, last two (store query, median of 3)', fmtMs(queries.diffQuery)],
            ['`cspm diff` in-process (open, query, render table)', fmtMs(queries.diffCommand)],
            ['`cspm diff --format json` in-process', fmtMs(queries.diffJson)],
            ['`cspm history` in-process (20 scans)', fmtMs(queries.history)],
            [`\`cspm history --limit ${DAYS}\` in-process`, fmtMs(queries.historyAll)],
            ['`node dist/bin/cspm.js diff` (whole process)', cli.diff === null ? 'n/a (no dist build)' : fmtMs(cli.diff)],
            ['`node dist/bin/cspm.js history` (whole process)', cli.history === null ? 'n/a (no dist build)' : fmtMs(cli.history)],
          ],
        ),
        '',
        `Diff of the last two scans: ${queries.diffSummary}.`,
      ].join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function finding(rule: string, n: number, state: State): Finding {
  const name = `bench-bucket-${n}`;
  const id = `arn:aws:s3:::${name}`;
  const severity: Severity = rule.endsWith('blocked') ? 'high' : 'medium';
  return {
    ruleId: rule,
    status: state.status,
    severity,
    resource: { id, type: 'aws.s3.bucket', name, provider: 'aws', account: ACCOUNT, region: REGIONS[n % REGIONS.length] ?? 'us-east-1' },
    message: state.status === 'FAIL' ? `S3 bucket ${name} does not pass ${rule}.` : `S3 bucket ${name} passes ${rule}.`,
    evidence: { setting: state.status === 'PASS', observed: state.value },
    findingKey: null,
    fingerprint: fingerprintOf(rule, id, null),
    muted: null,
  };
}

function countStates(states: ReadonlyMap<string, State>): ScanSummary {
  const failing = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  let pass = 0;
  let fail = 0;
  for (const [key, state] of states) {
    if (state.status === 'FAIL') {
      fail++;
      failing[key.includes('blocked/') ? 'high' : 'medium']++;
    } else pass++;
  }
  return { total: pass + fail, byStatus: { PASS: pass, FAIL: fail, ERROR: 0, NOT_APPLICABLE: 0 }, failingBySeverity: failing, muted: 0 };
}

function scanResult(findings: readonly Finding[], collectedAt: string, counted?: ScanSummary): ScanResult {
  const summary = counted ?? summarize(findings);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    scan: {
      id: null,
      toolVersion: 'bench',
      startedAt: collectedAt,
      finishedAt: collectedAt,
      collectedAt,
      source: 'input',
      scopes: [{ provider: 'aws', account: ACCOUNT, displayName: 'bench', principal: null, regions: REGIONS }],
      complete: true,
      rules: [...RULES],
      filters: { checks: null, severity: null },
      scopeKey: 'bench-scope-key',
      resourceCount: RESOURCES,
    },
    summary,
    findings,
    errors: [],
    compliance: [complianceReport(summary.failingBySeverity.high) as unknown as ComplianceReport],
  };
}

/** A 60-control framework result, so history reads real-sized compliance rows. */
function complianceReport(failing: number) {
  const controls = Array.from({ length: 60 }, (_, i) => ({
    id: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
    title: `Benchmark control ${i + 1} with a realistic title length for the report`,
    section: String(Math.floor(i / 10) + 1),
    level: 'Level 1',
    assessment: 'automated',
    rules: [RULES[i % 2] ?? ''],
    status: i === 0 && failing > 0 ? 'FAIL' : 'PASS',
    note: null,
    rulesNotRun: [],
    failingResources: [],
    passed: 100,
    failed: i === 0 ? failing : 0,
    errors: 0,
    muted: 0,
    reason: null,
  }));
  const passed = controls.filter((c) => c.status === 'PASS').length;
  const score = { passed, assessed: 60, percent: Math.round((passed / 60) * 1000) / 10 };
  const counts = { PASS: passed, FAIL: 60 - passed, ERROR: 0, MANUAL: 0, NOT_APPLICABLE: 0 };
  return {
    framework: { id: 'bench-framework', name: 'Benchmark framework', version: '1.0.0', provider: 'aws' },
    score,
    counts,
    sections: Array.from({ length: 6 }, (_, i) => ({ id: String(i + 1), title: `Section ${i + 1}`, ...score, counts })),
    controls,
  };
}

async function measureQueries(path: string, last: number) {
  const medianOf = async (fn: () => Promise<unknown>): Promise<number> => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push((await timed(fn)).ms);
    return runs.sort((a, b) => a - b)[1] ?? 0;
  };
  const store = await openStore(path, { mustExist: true });
  let diffSummary = '';
  const diffQuery = await medianOf(async () => {
    const diff = await diffScans(store.db, (await getScan(store.db, last - 1))!, (await getScan(store.db, last))!);
    diffSummary = Object.entries(diff.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
  });
  await store.close();
  const cli = (argv: string[]) => () =>
    main(argv, {
      stdout: { write: () => undefined, isTTY: false, columns: 160 },
      stderr: { write: () => undefined, isTTY: false },
      env: {},
      cwd: root,
      homedir: tmpdir(),
      now: () => new Date(),
      rules: [],
    });
  return {
    diffQuery,
    diffSummary,
    diffCommand: await medianOf(cli(['diff', '--db', path])),
    diffJson: await medianOf(cli(['diff', '--db', path, '--format', 'json'])),
    history: await medianOf(cli(['history', '--db', path])),
    historyAll: await medianOf(cli(['history', '--db', path, '--limit', String(last)])),
  };
}

/** Whole-process wall time of the built CLI (Node start-up and module loading included). */
function measureProcesses(path: string): { diff: number | null; history: number | null } {
  const bin = join(root, 'dist', 'bin', 'cspm.js');
  if (!existsSync(bin)) return { diff: null, history: null };
  const run = (args: string[]): number | null => {
    const runs: number[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const start = process.hrtime.bigint();
        execFileSync(process.execPath, [bin, ...args, '--db', path], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
        runs.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    } catch {
      return null; // a stale or broken dist/: `npm run bench` builds first
    }
    return runs.sort((a, b) => a - b)[1] ?? 0;
  };
  return { diff: run(['diff']), history: run(['history']) };
}

interface Version {
  row: NewFindingRow;
  status: Status;
}

/**
 * Writes what recordScan would for a run of scans of one scope, without re-reading the store each
 * day: one version per unchanged finding, closed when it changes or disappears.
 */
class Seeder {
  readonly #store: Store;
  readonly #open = new Map<string, Version>();
  readonly #closed: NewFindingRow[] = [];
  readonly #failedFirst = new Map<string, { scan: number; at: string }>();
  #scanId = 0;
  #previousAt = '';

  constructor(store: Store) {
    this.#store = store;
  }

  async add(result: ScanResult, changed: readonly Finding[], removed: readonly string[]): Promise<void> {
    const sqlite = this.#store.sqlite;
    const scanId = ++this.#scanId;
    const { scan, summary } = result;
    sqlite
      .prepare(
        `insert into scan (id, started_at, finished_at, collected_at, tool_version, source, providers, scope_key, scopes_json, rules_json, filters_json,
         complete, resource_count, summary_json, failing_critical, failing_high, failing_medium, failing_low, failing_info, previous_scan_id, changes_json)
         values (?, ?, ?, ?, ?, ?, 'aws', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        scanId,
        scan.startedAt,
        scan.finishedAt,
        scan.collectedAt,
        scan.toolVersion,
        scan.source,
        scan.scopeKey,
        JSON.stringify(scan.scopes),
        JSON.stringify(scan.rules),
        JSON.stringify(scan.filters),
        scan.resourceCount,
        JSON.stringify(summary),
        summary.failingBySeverity.critical,
        summary.failingBySeverity.high,
        summary.failingBySeverity.medium,
        summary.failingBySeverity.low,
        summary.failingBySeverity.info,
        scanId === 1 ? null : scanId - 1,
        JSON.stringify({ new: 0, unchanged: 0, regressed: 0, resolved: 0, gone: 0, unknown: 0 }),
      );
    await insertCompliance(this.#store.db, scanId, result.compliance[0] as ComplianceReport);
    for (const fingerprint of removed) {
      const version = this.#open.get(fingerprint);
      if (!version) continue;
      this.#close(version, scanId - 1);
      this.#open.delete(fingerprint);
    }
    for (const f of changed) {
      const content = contentColumns(f);
      const current = this.#open.get(f.fingerprint);
      if (
        current &&
        sameContent(
          CONTENT_COLUMNS.map((c) => current.row[c] ?? null),
          0,
          f,
          content.evidence_json,
        )
      )
        continue;
      if (current) this.#close(current, scanId - 1);
      const failing = f.status === 'FAIL';
      let first = this.#failedFirst.get(f.fingerprint);
      if (failing && !first) {
        first = { scan: scanId, at: scan.collectedAt };
        this.#failedFirst.set(f.fingerprint, first);
      }
      const state = failing
        ? current?.status === 'FAIL'
          ? 'unchanged'
          : first?.scan === scanId
            ? 'new'
            : 'regressed'
        : current?.status === 'FAIL'
          ? 'resolved'
          : current
            ? 'unchanged'
            : 'new';
      this.#open.set(f.fingerprint, {
        status: f.status,
        row: {
          ...content,
          scope_key: scan.scopeKey,
          first_scan: scanId,
          last_scan: OPEN,
          fingerprint: f.fingerprint,
          state,
          known_failing: failing ? 1 : 0,
          first_failed_scan: first?.scan ?? null,
          first_failed_at: first?.at ?? null,
          last_failed_at: failing ? scan.collectedAt : current?.status === 'FAIL' ? this.#previousAt : (current?.row.last_failed_at ?? null),
        },
      });
    }
    this.#previousAt = scan.collectedAt;
  }

  #close(version: Version, lastScan: number): void {
    this.#closed.push({ ...version.row, last_scan: lastScan });
  }

  /** Writes every version in one transaction. */
  flush(): void {
    const sqlite = this.#store.sqlite;
    const rows = [...this.#closed, ...[...this.#open.values()].map((v) => v.row)];
    const columns = Object.keys(rows[0] ?? {});
    const insert = sqlite.prepare(`insert into finding (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    sqlite.transaction(() => {
      for (const row of rows) insert.run(columns.map((c) => (row as unknown as Record<string, unknown>)[c] ?? null));
    })();
  }
}
