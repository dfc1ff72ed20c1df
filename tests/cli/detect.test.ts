import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCommand } from '../../src/cli/commands/detect.js';
import { commandContext } from '../../src/cli/context.js';
import type { CliDeps } from '../../src/cli/deps.js';
import type { AwsLogClients } from '../../src/detect/sources/aws-cloud.js';
import { ctRecord } from '../fixtures/events/index.js';
import { cliSandbox } from '../support/cli.js';

const SAMPLES = new URL('../fixtures/samples/stratus-red-team/', import.meta.url).pathname;

describe('cspm detect and cspm alerts', () => {
  const box = cliSandbox();
  const logs = join(box.dir, 'logs');
  cpSync(join(SAMPLES, 'aws.defense-evasion.cloudtrail-stop.json'), join(logs, 'a.json'));
  cpSync(join(SAMPLES, 'aws.persistence.iam-backdoor-user.json'), join(logs, 'nested', 'b.json'));
  afterAll(() => box.cleanup());

  it('detects, stores and prints alerts in plain words; exit 0 without --fail-on', async () => {
    const r = await box.run(['detect', logs]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('aws-cloudtrail-logging-stopped');
    expect(r.stdout).toContain('user/christophe stopped CloudTrail trail');
    expect(r.stdout).toContain('2 new alert(s), 0 already known');
  });

  it('does not duplicate alerts when run again on the same logs', async () => {
    const r = await box.run(['detect', logs, '--format', 'json']);
    const out = JSON.parse(r.stdout) as { summary: { newAlerts: number; repeatedAlerts: number }; alerts: { id: number }[] };
    expect(out.summary).toMatchObject({ newAlerts: 0, repeatedAlerts: 2 });
    expect(out.alerts.map((a) => a.id).sort()).toEqual([1, 2]);
  });

  it('exits 1 when open alerts at or above --fail-on remain, and 0 once they are acknowledged', async () => {
    expect((await box.run(['detect', logs, '--fail-on', 'high', '-q'])).code).toBe(1);
    const list = JSON.parse((await box.run(['alerts', '--status', 'open', '-f', 'json'])).stdout) as { alerts: { id: number; severity: string }[] };
    for (const a of list.alerts) expect((await box.run(['alerts', 'ack', String(a.id), '--reason', 'scheduled red-team exercise'])).code).toBe(0);
    expect((await box.run(['detect', logs, '--fail-on', 'high', '-q'])).code).toBe(0);
    expect((JSON.parse((await box.run(['alerts', '--status', 'acknowledged', '-f', 'json'])).stdout) as { alerts: unknown[] }).alerts).toHaveLength(2);
  });

  it('prints OCSF Detection Findings', async () => {
    const r = await box.run(['detect', logs, '-f', 'ocsf', '-q']);
    const findings = JSON.parse(r.stdout) as {
      class_uid: number;
      finding_info: { attacks: { tactic: { uid: string } }[] };
      actor: { user: { name: string } };
    }[];
    expect(findings.length).toBe(2);
    expect(findings.every((f) => f.class_uid === 2004)).toBe(true);
    expect(findings.flatMap((f) => f.finding_info.attacks.map((a) => a.tactic.uid))).toContain('TA0005');
    expect(findings[0]?.actor.user.name).toBe('user/christophe');
  });

  it('learns baselines with --learn and raises nothing', async () => {
    const quiet = join(box.dir, 'quiet.json');
    writeFileSync(quiet, JSON.stringify({ Records: [ctRecord({ eventName: 'ListBuckets', eventSource: 's3.amazonaws.com' })] }));
    const r = await box.run(['detect', '--learn', quiet, '--db', join(box.dir, 'learn.db')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Learned 1 events .*1 principal-hours of 1 principals/);
  });

  it.each([
    ['a missing file', ['detect', 'no-such-dir'], /log path .*no-such-dir does not exist/],
    ['malformed JSON', ['detect', 'bad.json'], /malformed JSON record/],
    ['no input at all', ['detect'], /nothing to read/],
    ['a bad --since', ['detect', 'x', '--since', 'yesterday'], /--since 'yesterday' is not a time/],
    ['a bad format', ['detect', 'x', '--format', 'xml'], /argument 'xml' is invalid/],
    ['an unknown detector', ['detect', 'x', '--detectors', 'nope-*'], /no detector matches 'nope-\*'/],
    ['a short ack reason', ['alerts', 'ack', '1', '--reason', 'ok'], /at least 10 characters/],
    ['an unknown alert', ['alerts', 'ack', '999', '--reason', 'long enough reason'], /no alert #999/],
  ])('refuses %s with one line and exit 2', async (_name, argv, message) => {
    writeFileSync(join(box.dir, 'bad.json'), '{"Records":[{"eventName": }]}');
    const r = await box.run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('cspm: error') || l.startsWith('error:')),
    ).toHaveLength(1);
  });

  it('reports a failed cloud call and exits 3, with what could be read', async () => {
    let stdout = '';
    let stderr = '';
    const deps: CliDeps = {
      stdout: { write: (s: string) => void (stdout += s) },
      stderr: { write: (s: string) => void (stderr += s) },
      env: {},
      cwd: box.dir,
      homedir: box.home,
      now: () => new Date('2026-11-02T10:00:00Z'),
      rules: [],
    };
    const failing = { send: () => Promise.reject(Object.assign(new Error('Access Denied'), { name: 'AccessDenied' })) };
    const aws = (): AwsLogClients => ({ s3: () => failing, ec2: () => failing, cloudtrail: () => failing });
    const code = await detectCommand(['s3://bucket/AWSLogs/', logs], { db: join(box.dir, 'fail.db'), format: 'json' }, await commandContext(deps, {}), { aws });
    expect(code).toBe(3);
    expect(stderr).toMatch(/s3:ListObjectsV2 failed for s3:\/\/bucket\/AWSLogs\/: AccessDenied: Access Denied/);
    expect(stderr).toMatch(/detection is incomplete/);
    expect((JSON.parse(stdout) as { alerts: unknown[] }).alerts).toHaveLength(2);
  });
});
