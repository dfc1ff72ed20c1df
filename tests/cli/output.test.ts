import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { cliSandbox, type CliSandbox } from '../support/cli.js';
import { SarifValidation } from '../support/sarif-validate.js';

let box: CliSandbox;
beforeEach(() => {
  box = cliSandbox();
});
afterEach(() => box.cleanup());

const validation = new SarifValidation();
afterAll(() => validation.cleanup());

describe('report outputs from the CLI', () => {
  it('writes every format of one scan to --output-dir, nothing to stdout', async () => {
    const run = await box.run(['scan', '--demo', '-f', 'sarif,html', '-f', 'csv', '--format', 'ocsf,json,table', '--output-dir', 'reports']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const dir = join(box.dir, 'reports');
    expect(readdirSync(dir).sort()).toEqual([
      'cspm-report.csv',
      'cspm-report.html',
      'cspm-report.json',
      'cspm-report.ocsf.json',
      'cspm-report.sarif',
      'cspm-report.txt',
    ]);
    for (const file of readdirSync(dir)) expect(run.stderr).toContain(join(dir, file));
    const sarif = validation.add('cli-output-dir', readFileSync(join(dir, 'cspm-report.sarif'), 'utf8')) as unknown as Log;
    expect(sarif.runs[0]?.results?.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'cspm-report.html'), 'utf8')).toContain('id="findings-table"');
    expect(readFileSync(join(dir, 'cspm-report.csv'), 'utf8').split('\r\n')[0]).toMatch(/^scan_id,collected_at,provider/);
    expect(JSON.parse(readFileSync(join(dir, 'cspm-report.ocsf.json'), 'utf8'))).toEqual(
      expect.arrayContaining([expect.objectContaining({ class_uid: 2004 })]),
    );
    expect(readFileSync(join(dir, 'cspm-report.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('runs the CI line: SARIF to a file and exit 1 on high findings', async () => {
    const run = await box.run(['scan', '--demo', '--format', 'sarif', '--output', 'cspm.sarif', '--fail-on', 'high']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    validation.add('cli-ci-line', readFileSync(join(box.dir, 'cspm.sarif'), 'utf8'));
  });

  it('keeps stdout for a single format', async () => {
    const run = await box.run(['scan', '--demo', '--no-store', '-f', 'sarif']);
    expect(run.code).toBe(0);
    const log = validation.add('cli-stdout', run.stdout) as unknown as Log;
    expect(log.runs[0]?.automationDetails?.id).toBe('cspm/aws/210987654321/');
    const csv = await box.run(['scan', '--demo', '--no-store', '-f', 'csv']);
    expect(csv.stdout.startsWith('scan_id,')).toBe(true);
  });

  it('anchors SARIF results to a repository file with --sarif-anchor', async () => {
    const run = await box.run(['scan', '--demo', '--no-store', '-f', 'sarif', '--sarif-anchor', 'infra/main.tf']);
    const log = validation.add('cli-anchor', run.stdout) as unknown as Log;
    const uris = new Set((log.runs[0]?.results ?? []).map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri));
    expect([...uris]).toEqual(['infra/main.tf']);
  });

  it.each([
    [['-f', 'sarif,html'], /2 formats \(sarif, html\) need --output-dir DIR/],
    [['-f', 'sarif', '-f', 'pdf'], /format 'pdf' is not one of: table, json, sarif, ocsf, csv, html/],
    [['-f', 'json', '--output', 'a.json', '--output-dir', 'out'], /--output and --output-dir cannot be combined/],
    [['-f', 'sarif', '--sarif-anchor', '../outside.tf'], /--sarif-anchor '..\/outside.tf' must be a file path relative to the repository root/],
    [['-f', 'json', '--sarif-anchor', 'main.tf'], /--sarif-anchor applies to --format sarif only/],
  ])('rejects %j with one line and exit 2, before scanning', async (args, message) => {
    const run = await box.run(['scan', '--demo', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(box.db)).toBe(false);
  });

  it('re-renders a stored scan as HTML with the trend over the stored scans of its scope', async () => {
    for (let i = 0; i < 3; i++) expect((await box.run(['scan', '--demo', '-q'])).code).toBe(0);
    const run = await box.run(['report', '--format', 'html,sarif', '--output-dir', 'out']);
    expect(run.code).toBe(0);
    const html = readFileSync(join(box.dir, 'out', 'cspm-report.html'), 'utf8');
    expect(html).toContain('data-chart="trend"');
    expect(html).toContain('over the last 3 scans');
    expect(html).toContain('cspm scan #3');
    validation.add('cli-report', readFileSync(join(box.dir, 'out', 'cspm-report.sarif'), 'utf8'));
  });

  it('produces SARIF that passes the multitool with the GitHub rules', () => {
    expect(validation.count).toBe(5);
    const report = validation.runMultitool();
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});
