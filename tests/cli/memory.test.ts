import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoInventory } from '../../src/demo/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { ScanResult } from '../../src/engine/result.js';
import { saveInventoryFile } from '../../src/inventory/snapshot.js';
import type { InventoryData } from '../../src/inventory/types.js';
import type { AnyResource } from '../../src/resources/index.js';
import type { ScanDiff } from '../../src/store/repos/diff.js';
import { s3Bucket } from '../fixtures/aws/index.js';
import { cliSandbox, type CliSandbox } from '../support/cli.js';

/** The five original checks: other rules may join the demo account without changing these scenarios. */
const CHECKS = [
  'aws-s3-bucket-public-access-blocked',
  'aws-rds-instance-storage-encrypted',
  'aws-ec2-instance-no-public-ip',
  'aws-ec2-security-group-no-unrestricted-ingress',
  'aws-cloudtrail-account-logging-enabled',
].join(',');

const WEB_1 = 'i-0a7c3e9f1b2d4e601';
const WORKER_1 = 'i-0a7c3e9f1b2d4e603';
const DEBUG_SG = 'sg-0debug00000001';

let box: CliSandbox;
beforeEach(() => {
  box = cliSandbox();
});
afterEach(() => box.cleanup());

function writeInventory(name: string, data: InventoryData): string {
  const path = join(box.dir, name);
  saveInventoryFile(path, data);
  return path;
}

function withProps(resource: AnyResource, props: Record<string, unknown>): AnyResource {
  return { ...resource, properties: { ...resource.properties, ...props } } as AnyResource;
}

/** The demo account after a day of work: two findings fixed, one broken, one resource deleted. */
function changedInventory(): InventoryData {
  const data = demoInventory();
  const resources = data.resources
    .filter((r) => !r.id.endsWith(`security-group/${DEBUG_SG}`))
    .map((r) => {
      if (r.id.endsWith(`instance/${WEB_1}`)) return withProps(r, { publicIpAddress: null });
      if (r.id.endsWith(`instance/${WORKER_1}`)) return withProps(r, { publicIpAddress: '203.0.113.99' });
      if (r.type === 'aws.rds.instance' && r.name === 'legacy-reporting')
        return withProps(r, { storageEncrypted: true, kmsKeyId: 'arn:aws:kms:eu-west-1:210987654321:key/1' });
      return r;
    });
  expect(resources.length).toBe(data.resources.length - 1);
  return { ...data, resources };
}

const label = (f: Finding): string => `${f.ruleId} ${f.resource.name}`;

async function scanJson(argv: readonly string[]): Promise<{ code: number; result: ScanResult; stderr: string }> {
  const run = await box.run(['scan', '--checks', CHECKS, '--format', 'json', ...argv]);
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

describe('the done-when scenario: fix two, break one, remove one, scan again', () => {
  it('shows exactly those changes in cspm diff, in the report and in history', async () => {
    const before = writeInventory('before.json', demoInventory());
    const after = writeInventory('after.json', changedInventory());
    const first = await scanJson(['--input', before]);
    expect(first.code).toBe(0);
    expect(first.result.changes?.previousScanId).toBeNull();
    expect(first.result.findings.filter((f) => f.status === 'FAIL').every((f) => f.lifecycle?.state === 'new')).toBe(true);

    const second = await scanJson(['--input', after]);
    const failing = first.result.findings.filter((f) => f.status === 'FAIL').length;
    expect(second.result.changes?.counts).toEqual({ new: 1, unchanged: failing - 3, regressed: 0, resolved: 2, gone: 1, unknown: 0 });

    const diff = JSON.parse((await box.run(['diff', '--format', 'json'])).stdout) as ScanDiff;
    expect({ from: diff.from.id, to: diff.to.id, comparable: diff.comparable }).toEqual({ from: 1, to: 2, comparable: true });
    expect(diff.new.map(label)).toEqual(['aws-ec2-instance-no-public-ip worker-1']);
    expect(diff.resolved.map(label).sort()).toEqual(['aws-ec2-instance-no-public-ip web-1', 'aws-rds-instance-storage-encrypted legacy-reporting']);
    expect(diff.gone.map(label)).toEqual(['aws-ec2-security-group-no-unrestricted-ingress debug-tools']);
    expect([diff.regressed, diff.unknown]).toEqual([[], []]);
    expect(diff.counts.unchanged).toBe(failing - 3);

    const table = await box.run(['diff']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/NEW: failing now, never failed before \(1\)[\s\S]*worker-1/);
    expect(table.stdout).toMatch(/RESOLVED: failing before, passing now \(2\)[\s\S]*legacy-reporting/);
    expect(table.stdout).toMatch(/GONE: failing before, resource no longer in the inventory \(1\)[\s\S]*debug-tools/);

    // The report: the same lifecycle in JSON, a NEW marker and the resolved/gone section in the table.
    const report = JSON.parse((await box.run(['report', '--format', 'json'])).stdout) as ScanResult;
    expect(report).toEqual(second.result);
    const states = report.findings.filter((f) => f.lifecycle?.state !== 'unchanged').map((f) => `${f.lifecycle?.state ?? ''} ${label(f)}`);
    expect(states.sort()).toEqual([
      'new aws-ec2-instance-no-public-ip worker-1',
      'resolved aws-ec2-instance-no-public-ip web-1',
      'resolved aws-rds-instance-storage-encrypted legacy-reporting',
    ]);
    expect(report.changes?.absent.map((f) => `${f.lifecycle?.state ?? ''} ${label(f)}`)).toEqual([
      'gone aws-ec2-security-group-no-unrestricted-ingress debug-tools',
    ]);
    const text = (await box.run(['report'])).stdout;
    expect(text).toMatch(/│ NEW\s+│ aws-ec2-instance-no-public-ip/);
    expect(text).toContain('Since scan #1: 1 new, 0 regressed');
    expect(text).toMatch(/RESOLVED OR GONE SINCE THE LAST SCAN \(3\)[\s\S]*GONE[\s\S]*debug-tools/);

    const history = JSON.parse((await box.run(['history', '--format', 'json'])).stdout) as { id: number; failing: number; previousScanId: number | null }[];
    expect(history.map((h) => [h.id, h.previousScanId])).toEqual([
      [2, 1],
      [1, null],
    ]);
    expect(history[0]?.failing).toBe((history[1]?.failing ?? 0) - 2);
  });

  it('marks findings that come back as regressed, keeping when they were first seen failing', async () => {
    const before = writeInventory('before.json', demoInventory());
    const after = writeInventory('after.json', changedInventory());
    await scanJson(['--input', before]);
    await scanJson(['--input', after]);
    const third = await scanJson(['--input', before]);
    const states = third.result.findings.filter((f) => f.lifecycle?.state !== 'unchanged').map((f) => `${f.lifecycle?.state ?? ''} ${label(f)}`);
    expect(states.sort()).toEqual([
      'regressed aws-ec2-instance-no-public-ip web-1',
      'regressed aws-ec2-security-group-no-unrestricted-ingress debug-tools',
      'regressed aws-rds-instance-storage-encrypted legacy-reporting',
      'resolved aws-ec2-instance-no-public-ip worker-1',
    ]);
    const web1 = third.result.findings.find((f) => f.resource.name === 'web-1' && f.ruleId === 'aws-ec2-instance-no-public-ip');
    expect(web1?.lifecycle).toEqual({ state: 'regressed', firstSeen: demoInventory().collectedAt, lastSeen: demoInventory().collectedAt });
    const diff = JSON.parse((await box.run(['diff', '1', '3', '--format', 'json'])).stdout) as ScanDiff;
    expect([diff.new.length, diff.regressed.length, diff.resolved.length, diff.gone.length]).toEqual([0, 0, 0, 0]);
    const history = (await box.run(['history'])).stdout;
    expect(history).toContain('Trend (unmuted failures, oldest → newest)');
  });
});

describe('--fail-on-new: gate on what is new, with and without a database', () => {
  /** The demo account plus one new public bucket: one new high finding. */
  function withNewHigh(): InventoryData {
    const data = demoInventory();
    return { ...data, resources: [...data.resources, s3Bucket('acme-new-public', { publicAccessBlock: null }, { account: data.scopes[0]?.account ?? '' })] };
  }

  it('exits 0 on an unchanged account and 1 when one new high finding appears (database)', async () => {
    const same = writeInventory('same.json', demoInventory());
    const worse = writeInventory('worse.json', withNewHigh());
    expect((await box.run(['scan', '--input', same, '-q', '--fail-on', 'high'])).code).toBe(1);
    expect((await box.run(['scan', '--input', same, '-q', '--fail-on', 'high', '--fail-on-new'])).code).toBe(0);
    expect((await box.run(['scan', '--input', worse, '-q', '--fail-on', 'high', '--fail-on-new'])).code).toBe(1);
    // Against the previous scan, the new bucket is no longer new; it still is against a baseline.
    expect((await box.run(['scan', '--input', worse, '-q', '--fail-on', 'high', '--fail-on-new'])).code).toBe(0);
    expect((await box.run(['baseline', 'set', '1'])).stdout).toContain('is now scan #1');
    const gated = await box.run(['scan', '--input', worse, '--fail-on', 'high', '--fail-on-new', '--format', 'json']);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain('Gating on failures not in the baseline scan #1');
    // A new failure below the threshold does not gate.
    expect((await box.run(['scan', '--input', worse, '-q', '--fail-on', 'critical', '--fail-on-new'])).code).toBe(0);
    const shown = JSON.parse((await box.run(['baseline', 'show', '--format', 'json'])).stdout) as { scanId: number }[];
    expect(shown.map((b) => b.scanId)).toEqual([1]);
    expect((await box.run(['baseline', 'clear'])).stdout).toContain('cleared');
    expect((await box.run(['scan', '--input', worse, '-q', '--fail-on', 'high', '--fail-on-new'])).code).toBe(0);
  });

  it('does the same against a previous JSON report with --baseline FILE and no database', async () => {
    const base = await box.run(['scan', '--demo', '--no-store', '--format', 'json', '--output', 'base.json', '-q']);
    expect(base.code).toBe(0);
    const same = writeInventory('same.json', demoInventory());
    const worse = writeInventory('worse.json', withNewHigh());
    expect((await box.run(['scan', '--input', same, '--no-store', '-q', '--fail-on', 'high', '--baseline', 'base.json'])).code).toBe(0);
    const run = await box.run(['scan', '--input', worse, '--no-store', '--fail-on', 'high', '--baseline', 'base.json', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Gating on failures not in the baseline report');
    // --baseline alone gates at any severity.
    expect((await box.run(['scan', '--input', worse, '--no-store', '-q', '--baseline', 'base.json'])).code).toBe(1);
    expect((await box.run(['scan', '--input', same, '--no-store', '-q', '--baseline', 'base.json'])).code).toBe(0);
  });

  it('rejects a baseline file that is not a cspm report, before scanning', async () => {
    writeFileSync(join(box.dir, 'bad.json'), JSON.stringify({ hello: 'world' }));
    const run = await box.run(['scan', '--demo', '--baseline', 'bad.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/baseline report .*bad\.json is not a cspm JSON report/);
    expect((await box.run(['history', '--format', 'json'])).stdout).toBe('[]\n');
  });
});

describe('suppressions', () => {
  const mutes = (expires: string): string =>
    [
      'mutes:',
      '  - rule: aws-s3-bucket-public-access-blocked',
      '    resource: acme-*',
      '    reason: public website and export buckets, reviewed in SEC-42',
      `    expires: ${expires}`,
    ].join('\n');

  it('mutes matching failures: kept, stored, shown, never gating; an expired entry warns and stops muting', async () => {
    writeFileSync(join(box.dir, 'mutes.yaml'), mutes('2026-12-31'));
    const muted = await box.run([
      'scan',
      '--demo',
      '--checks',
      'aws-s3-bucket-public-access-blocked',
      '--fail-on',
      'high',
      '--mutelist',
      'mutes.yaml',
      '--format',
      'json',
    ]);
    expect(muted.code).toBe(0);
    const result = JSON.parse(muted.stdout) as ScanResult;
    const s3 = result.findings.filter((f) => f.status === 'FAIL');
    expect(s3.length).toBeGreaterThan(0);
    expect(s3.every((f) => f.muted?.source.startsWith('mutes.yaml:2') === true)).toBe(true);
    expect(result.summary.muted).toBe(s3.length);
    expect((await box.run(['report'])).stdout).toMatch(/MUTED \(\d+\)[\s\S]*SEC-42/);

    writeFileSync(join(box.dir, 'mutes.yaml'), mutes('2026-11-01'));
    const expired = await box.run(['scan', '--demo', '--checks', 'aws-s3-bucket-public-access-blocked', '--fail-on', 'high', '--mutelist', 'mutes.yaml', '-q']);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toMatch(
      /warning: mutelist mutes\.yaml:2: entry 1 \(aws-s3-bucket-public-access-blocked\) expired on 2026-11-01 and no longer mutes \(\d+ failing/,
    );
  });

  it('takes the mutelist from the config file, relative to it', async () => {
    writeFileSync(join(box.dir, 'mutes.yaml'), mutes('2027-01-31'));
    writeFileSync(join(box.dir, 'cspm.config.json'), JSON.stringify({ mutelist: 'mutes.yaml' }));
    expect((await box.run(['scan', '--demo', '--checks', 'aws-s3-bucket-public-access-blocked', '--fail-on', 'high', '-q'])).code).toBe(0);
  });

  it('rejects a malformed mutelist with its file, line and what is wrong (exit 2), before scanning', async () => {
    writeFileSync(join(box.dir, 'bad.yaml'), 'mutes:\n  - rule: aws-*\n    reason: because\n');
    const run = await box.run(['scan', '--demo', '--mutelist', 'bad.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('cspm: error: mutelist bad.yaml:3: entry 1: reason must be at least 10 characters: say why this finding is accepted\n');
    const check = await box.run(['mutelist', 'check', 'bad.yaml']);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('bad.yaml:3');
  });

  it('mutelist check shows which entries match nothing in the last scan, and expired ones', async () => {
    await box.run(['scan', '--demo', '--checks', CHECKS, '-q']);
    writeFileSync(
      join(box.dir, 'm.yaml'),
      [
        'mutes:',
        '  - rule: aws-rds-*',
        '    reason: legacy reporting DB is being decommissioned',
        '  - rule: aws-s3-*',
        '    resource: does-not-exist',
        '    reason: left over from an old bucket, should be removed',
        '    expires: 2026-10-01',
      ].join('\n'),
    );
    const json = await box.run(['mutelist', 'check', 'm.yaml', '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { scanId: number; entries: { line: number; matches: number; expired: boolean }[] };
    expect(report.scanId).toBe(1);
    expect(report.entries.map((e) => [e.line, e.matches, e.expired])).toEqual([
      [2, 1, false],
      [4, 0, true],
    ]);
    const table = await box.run(['mutelist', 'check', 'm.yaml']);
    expect(table.stdout).toContain('0: matches nothing');
    expect(table.stdout).toContain('2026-10-01 (expired)');
  });
});

describe('prune and bad arguments', () => {
  it('keeps the newest scans per scope and never a baseline, in one go', async () => {
    for (let i = 0; i < 4; i++) await box.run(['scan', '--demo', '--checks', CHECKS, '-q']);
    await box.run(['baseline', 'set', '1']);
    const dry = await box.run(['prune', '--keep', '2', '--dry-run']);
    expect(dry.stdout).toContain('Would delete 1 scan(s) (#2)');
    expect(dry.stdout).toContain('Kept baseline scan(s) #1');
    const run = await box.run(['prune', '--keep', '2', '--vacuum']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Deleted 1 scan(s) (#2)');
    const ids = (JSON.parse((await box.run(['history', '--format', 'json'])).stdout) as { id: number }[]).map((h) => h.id);
    expect(ids).toEqual([4, 3, 1]);
    // Every remaining scan still reads back whole.
    for (const id of ids) {
      const report = JSON.parse((await box.run(['report', String(id), '--format', 'json'])).stdout) as ScanResult;
      expect(report.findings.length).toBe(report.summary.total);
    }
    expect((await box.run(['diff', '3', '4', '--format', 'json'])).code).toBe(0);
    const old = await box.run(['prune', '--older-than', '1'], { now: () => new Date('2030-01-01T00:00:00Z') });
    expect(old.stdout).toContain('Deleted 2 scan(s) (#3, #4)');
  });

  it('says what is wrong in one line', async () => {
    expect((await box.run(['diff'])).code).toBe(2);
    await box.run(['scan', '--demo', '-q']);
    const only = await box.run(['diff']);
    expect(only.code).toBe(2);
    expect(only.stderr).toMatch(/only scan of its scope/);
    expect((await box.run(['diff', '1', '9'])).stderr).toMatch(/no scan #9/);
    expect((await box.run(['prune'])).stderr).toMatch(/one of --keep N/);
    expect((await box.run(['prune', '--keep', '1', '--older-than', '3'])).code).toBe(2);
    expect((await box.run(['baseline', 'set', '7'])).stderr).toMatch(/no scan #7/);
  });
});
