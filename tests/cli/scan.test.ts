import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaValidator } from '../../src/core/json-schema.js';
import { demoInventory } from '../../src/demo/index.js';
import type { ScanResult } from '../../src/engine/result.js';
import { saveInventoryFile } from '../../src/inventory/snapshot.js';
import type { InventoryData } from '../../src/inventory/types.js';
import { s3Bucket } from '../fixtures/aws/index.js';
import { cliSandbox, type CliSandbox } from '../support/cli.js';

const FIRST_FIVE = [
  'aws-s3-bucket-public-access-blocked',
  'aws-rds-instance-storage-encrypted',
  'aws-ec2-instance-no-public-ip',
  'aws-ec2-security-group-no-unrestricted-ingress',
  'aws-cloudtrail-account-logging-enabled',
];

let box: CliSandbox;
beforeEach(() => {
  box = cliSandbox();
});
afterEach(() => box.cleanup());

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function writeInventory(name: string, data: InventoryData): string {
  const path = join(box.dir, name);
  saveInventoryFile(path, data);
  return path;
}

describe('cspm scan --demo', () => {
  it('prints a report with failures from the five first checks, stores it, and exits 0 without --fail-on', async () => {
    const run = await box.run(['scan', '--demo']);
    expect(run.code).toBe(0);
    for (const id of FIRST_FIVE) expect(run.stdout).toContain(id);
    expect(run.stdout).toMatch(/CRITICAL \(\d+\)/);
    expect(run.stdout).toMatch(/Summary: /);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toContain('Stored as scan #1');
    expect(existsSync(box.db)).toBe(true);
  });

  it('gates on --fail-on: high and critical findings exit 1, a selection without them exits 0', async () => {
    expect((await box.run(['scan', '--demo', '--fail-on', 'high', '-q'])).code).toBe(1);
    expect((await box.run(['scan', '--demo', '--fail-on', 'critical', '-q'])).code).toBe(1);
    expect((await box.run(['scan', '--demo', '--fail-on', 'critical', '--checks', 'aws-rds-*', '-q'])).code).toBe(0);
  });

  it('writes JSON that validates against the published report schema', async () => {
    const run = await box.run(['scan', '--demo', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ScanResult;
    const validate = schemaValidator('report-v1.schema.json');
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.scan.id).toBe(1);
    expect(report.summary.total).toBe(report.findings.length);
    const failing = new Set(report.findings.filter((f) => f.status === 'FAIL').map((f) => f.ruleId));
    expect(FIRST_FIVE.filter((id) => !failing.has(id))).toEqual([]);
  });

  it('lists the scan in history and re-renders it identically with report', async () => {
    const table = await box.run(['scan', '--demo']);
    const json = await box.run(['scan', '--demo', '--format', 'json']);
    const history = await box.run(['history']);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain('#1');
    expect(history.stdout).toContain('#2');
    expect((await box.run(['report', '1'])).stdout).toBe(table.stdout);
    expect((await box.run(['report', '2', '--format', 'json'])).stdout).toBe(json.stdout);
    expect((await box.run(['report', '--format', 'json'])).stdout).toBe(json.stdout);
    const historyJson = JSON.parse((await box.run(['history', '--format', 'json'])).stdout) as { id: number }[];
    expect(historyJson.map((s) => s.id)).toEqual([2, 1]);
  });

  it('writes the report to --output and nothing to stdout', async () => {
    const run = await box.run(['scan', '--demo', '--format', 'json', '--output', 'out/report.json']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Report written to');
    expect((JSON.parse(readFileSync(join(box.dir, 'out/report.json'), 'utf8')) as ScanResult).findings.length).toBeGreaterThan(0);
  });

  it('does not create a database with --no-store', async () => {
    const run = await box.run(['scan', '--demo', '--no-store', '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ScanResult).scan.id).toBeNull();
    expect(existsSync(box.db)).toBe(false);
  });

  it('keeps only the findings of --severity', async () => {
    const report = JSON.parse((await box.run(['scan', '--demo', '--format', 'json', '--severity', 'critical'])).stdout) as ScanResult;
    expect(new Set(report.findings.map((f) => f.severity))).toEqual(new Set(['critical']));
  });
});

describe('bad input: one clear line, exit 2, nothing stored changed', () => {
  it('rejects a truncated inventory', async () => {
    await box.run(['scan', '--demo', '-q']);
    const before = sha(box.db);
    const path = writeInventory('inv.json', demoInventory());
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 500));
    const run = await box.run(['scan', '--input', path]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not valid JSON.*truncated/);
    expect(sha(box.db)).toBe(before);
  });

  it('rejects an inventory that does not match the schema, naming the place', async () => {
    const data = demoInventory();
    const broken = { ...data, resources: [{ ...data.resources[3], properties: { name: 42 } }] };
    const path = join(box.dir, 'bad.json');
    writeFileSync(path, JSON.stringify(broken));
    const run = await box.run(['scan', '--input', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cspm: error: inventory .*bad\.json: \/resources\/0/);
  });

  it('rejects an inventory of an unknown format version and a missing file', async () => {
    const path = join(box.dir, 'v9.json');
    writeFileSync(path, JSON.stringify({ ...demoInventory(), formatVersion: 9 }));
    expect((await box.run(['scan', '--input', path])).stderr).toMatch(/format version 9 is not supported/);
    const missing = await box.run(['scan', '--input', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
  });

  it('rejects unknown flag values and unknown options', async () => {
    for (const argv of [
      ['scan', '--demo', '--format', 'xml'],
      ['scan', '--demo', '--fail-on', 'severe'],
      ['scan', '--demo', '--severity', 'urgent'],
      ['scan', '--demo', '--checks', 'aws-nothing-*'],
      ['scan', '--demo', '--compliance', 'cis-nothing-v1'],
      ['scan', '--demo', '--bogus'],
      ['scan', '--demo', '--input', 'x.json'],
      ['report', 'abc'],
      ['frobnicate'],
    ]) {
      const run = await box.run(argv);
      expect({ argv, code: run.code }).toEqual({ argv, code: 2 });
      expect(run.stderr.trim().length).toBeGreaterThan(0);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a corrupt database and leaves it byte-for-byte untouched', async () => {
    await box.run(['scan', '--demo', '-q']);
    const bytes = Buffer.alloc(8192, 7);
    writeFileSync(box.db, bytes);
    const run = await box.run(['scan', '--demo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a SQLite database/);
    expect(readFileSync(box.db).equals(bytes)).toBe(true);
    expect((await box.run(['history'])).code).toBe(2);
    expect((await box.run(['report'])).code).toBe(2);
  });

  it('refuses a database whose pages are corrupt after a valid header', async () => {
    await box.run(['scan', '--demo', '-q']);
    await box.run(['scan', '--demo', '-q']);
    const original = readFileSync(box.db);
    const damaged = Buffer.from(original);
    damaged.fill(0xff, 100, Math.min(damaged.length, 8192));
    writeFileSync(box.db, damaged);
    const before = sha(box.db);
    const run = await box.run(['history']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(sha(box.db)).toBe(before);
  });

  it('reports a scan id that does not exist', async () => {
    await box.run(['scan', '--demo', '-q']);
    const run = await box.run(['report', '42']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no scan #42/);
  });
});

describe('collection errors and untrusted text', () => {
  it('turns a failed collection into ERROR results, a COULD NOT COLLECT section and exit 3', async () => {
    const data = demoInventory();
    const withError: InventoryData = {
      ...data,
      errors: [
        {
          provider: 'aws',
          collector: 'rds',
          account: data.scopes[0]!.account,
          region: 'eu-west-1',
          action: 'rds:DescribeDBInstances',
          code: 'AccessDenied',
          message: 'User is not authorized to perform rds:DescribeDBInstances',
          resourceTypes: ['aws.rds.instance'],
          resourceId: null,
          properties: null,
        },
      ],
    };
    const run = await box.run(['scan', '--input', writeInventory('err.json', withError), '--fail-on', 'none']);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('PARTIAL RESULTS');
    expect(run.stdout).toContain('COULD NOT COLLECT');
    expect(run.stdout).toContain('rds:DescribeDBInstances');
    const json = JSON.parse((await box.run(['report', '--format', 'json'])).stdout) as ScanResult;
    expect(json.scan.complete).toBe(false);
    expect(json.findings.some((f) => f.ruleId === 'aws-rds-instance-storage-encrypted' && f.status === 'ERROR')).toBe(true);
  });

  it('neutralises control characters in resource names', async () => {
    const data = demoInventory();
    const evil = s3Bucket('evil\u001b[2J\u001b]8;;http://x\u0007name', { publicAccessBlock: null }, { account: data.scopes[0]!.account });
    const run = await box.run(['scan', '--input', writeInventory('evil.json', { ...data, resources: [...data.resources, evil] })]);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u0007');
    expect(run.stdout).toContain('evil\\u001b[2J');
  });

  it('colours a TTY unless NO_COLOR is set', async () => {
    const tty = { write: (_s: string) => undefined, isTTY: true };
    let out = '';
    const colored = await box.run(['scan', '--demo', '--no-store'], { stdout: { ...tty, write: (s: string) => void (out += s) } });
    expect(colored.code).toBe(0);
    expect(out).toContain('\u001b[');
    out = '';
    await box.run(['scan', '--demo', '--no-store'], { stdout: { ...tty, write: (s: string) => void (out += s) }, env: { NO_COLOR: '1' } });
    expect(out).not.toContain('\u001b[');
  });
});

describe('configuration precedence: flags beat environment beat the config file', () => {
  it('uses the config file, lets the environment override it and the flag override both', async () => {
    writeFileSync(join(box.dir, 'cspm.config.json'), JSON.stringify({ failOn: 'high' }));
    expect((await box.run(['scan', '--demo', '-q'])).code).toBe(1);
    expect((await box.run(['scan', '--demo', '-q'], { env: { CSPM_FAIL_ON: 'none' } })).code).toBe(0);
    expect((await box.run(['scan', '--demo', '-q', '--fail-on', 'high'], { env: { CSPM_FAIL_ON: 'none' } })).code).toBe(1);
  });

  it('honours CSPM_DB and --db', async () => {
    const envDb = join(box.dir, 'env.db');
    await box.run(['scan', '--demo', '-q'], { env: { CSPM_DB: envDb } });
    expect(existsSync(envDb)).toBe(true);
    await box.run(['scan', '--demo', '-q', '--db', 'flag.db'], { env: { CSPM_DB: envDb } });
    expect(existsSync(join(box.dir, 'flag.db'))).toBe(true);
  });

  it('rejects an invalid config file with its path', async () => {
    writeFileSync(join(box.dir, 'cspm.config.json'), JSON.stringify({ failOn: 'sometimes' }));
    const run = await box.run(['scan', '--demo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/config file .*cspm\.config\.json: \/failOn/);
    writeFileSync(join(box.dir, 'cspm.config.json'), '{ "db": ');
    expect((await box.run(['scan', '--demo'])).stderr).toMatch(/config file .* is not valid JSON/);
  });
});
