/**
 * Live AWS scanning through the real CLI entry point (main), against a fake account served by
 * aws-sdk-client-mock: the seeded misconfigurations and nothing else, AccessDenied on one service
 * turning its checks into ERROR (exit 3), collect-then-replay reproducing the live findings, and
 * the credential failures that must be one line and exit 2.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanResult } from '../../src/engine/result.js';
import { loadInventoryFile } from '../../src/inventory/snapshot.js';
import { createAwsClients } from '../../src/providers/aws/clients.js';
import { ec2Collector } from '../../src/providers/aws/collectors/ec2.js';
import { fakeTransport } from '../support/aws/transport.js';
import { cliSandbox, type CliSandbox } from '../support/cli.js';
import { saveAwsEnv, useTestAwsEnv } from '../support/aws/env.js';
import { awsError, FakeAws } from '../support/aws/fake-aws.js';
import { mockAws, type AwsMocks } from '../support/aws/mock.js';
import { SEEDED_CHECKS, SEEDED_FAILURES, seededAccount } from '../support/aws/seeded-account.js';

const FAKE_SECRET = 'fake-secret-key-that-must-never-be-written';
const restoreAwsEnv = saveAwsEnv();
const useEnvCredentials = (withKeys: boolean): void => useTestAwsEnv(withKeys ? FAKE_SECRET : null);

let sandbox: CliSandbox;
let fake: FakeAws;
let mocks: AwsMocks;

beforeAll(() => useEnvCredentials(true));
afterAll(restoreAwsEnv);
beforeEach(() => {
  sandbox = cliSandbox();
  fake = new FakeAws(seededAccount());
  mocks = mockAws(fake);
});
afterEach(() => {
  mocks.restore();
  sandbox.cleanup();
});

const statusOf = (result: ScanResult, prefix: string) => result.findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => f.status);
const fails = (result: ScanResult) =>
  result.findings
    .filter((f) => f.status === 'FAIL')
    .map((f) => [f.ruleId, f.resource.id] as const)
    .sort();

describe('cspm scan (live AWS, mocked account)', () => {
  it('yields exactly the seeded misconfigurations, with the account and principal in scope', async () => {
    const run = await sandbox.run(['scan', '--format', 'json', '--no-store', '--region', 'us-east-1', '--checks', SEEDED_CHECKS.join(',')]);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.scan.source).toBe('live');
    expect(fails(result)).toEqual([...SEEDED_FAILURES].map(([r, id]) => [r, id]).sort());
    expect(result.errors).toEqual([]);
    expect(result.scan.scopes).toEqual([
      {
        provider: 'aws',
        account: '123456789012',
        displayName: 'acme-prod',
        principal: 'arn:aws:iam::123456789012:user/auditor',
        regions: ['eu-west-1', 'us-east-1'],
      },
    ]);
  });

  it('runs every check on the collected account without a single ERROR', async () => {
    const run = await sandbox.run(['scan', '--format', 'json', '--no-store', '--region', 'us-east-1']);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => f.message)).toEqual([]);
    expect(result.scan.complete).toBe(true);
    expect(run.code).toBe(0);
  });

  it('turns AccessDenied on EC2 into ERROR for every EC2 check and exit 3, never PASS', async () => {
    for (const permission of ec2Collector.permissions) {
      fake.fail({
        service: 'ec2',
        command: permission.split(':')[1] ?? '',
        error: () => awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403),
      });
    }
    const run = await sandbox.run(['scan', '--format', 'json', '--no-store', '--region', 'us-east-1']);
    expect(run.code).toBe(3);
    const result = JSON.parse(run.stdout) as ScanResult;
    const ec2 = statusOf(result, 'aws-ec2-');
    expect(ec2.length).toBeGreaterThan(0);
    expect(ec2).not.toContain('PASS');
    expect(ec2).toContain('ERROR');
    expect(new Set(result.errors.map((e) => e.code))).toEqual(new Set(['AccessDenied']));
    expect(result.errors.map((e) => e.action)).toEqual(expect.arrayContaining(['ec2:DescribeInstances', 'ec2:DescribeSecurityGroups']));
    // Other services are unaffected.
    expect(statusOf(result, 'aws-rds-instance-storage-encrypted')).toEqual(expect.arrayContaining(['PASS', 'FAIL']));
  });

  it('collect then scan --input reproduces the live findings exactly, and the file holds no credentials', async () => {
    const live = await sandbox.run(['scan', '--format', 'json', '--no-store', '--region', 'us-east-1']);
    const collect = await sandbox.run(['collect', '--output', 'inventory.json', '--region', 'us-east-1']);
    expect(collect.code).toBe(0);
    const path = join(sandbox.dir, 'inventory.json');
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(FAKE_SECRET);
    expect(text).not.toContain('AKIAFAKETESTKEY');
    expect(loadInventoryFile(path).resources.length).toBeGreaterThan(40);
    const replay = await sandbox.run(['scan', '--format', 'json', '--no-store', '--input', 'inventory.json']);
    expect(replay.stderr).not.toMatch(/error/i);
    const key = (r: ScanResult) => r.findings.map((f) => [f.ruleId, f.resource.id, f.status, f.message, f.fingerprint]);
    expect(key(JSON.parse(replay.stdout) as ScanResult)).toEqual(key(JSON.parse(live.stdout) as ScanResult));
    expect(replay.code).toBe(live.code);
  });

  it('honours AWS_ENDPOINT_URL: every client calls the emulator, S3 with path-style addressing', async () => {
    mocks.restore();
    mocks = { restore: () => undefined };
    const transport = fakeTransport(fake);
    const run = await sandbox.run(['collect', '--output', 'inventory.json', '--region', 'us-east-1'], {
      env: { AWS_ENDPOINT_URL: 'http://localhost:4566' },
      awsClientFactory: (settings) => createAwsClients({ ...settings, requestHandler: transport.requestHandler, plugins: transport.plugins }),
    });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    // S3 Control's endpoint rules put the account id in front of any host, the emulator's included.
    expect(transport.requests.every((r) => r.hostname === 'localhost' || r.hostname === '123456789012.localhost')).toBe(true);
    expect(transport.requests.filter((r) => r.hostname !== 'localhost').map((r) => r.service)).toEqual(['s3control']);
    const acl = transport.requests.filter((r) => r.service === 's3' && r.command === 'GetBucketAcl');
    expect(acl.map((r) => r.path).sort()).toEqual(['/audit-logs/', '/public-assets/']);
  });

  it('records a region asked for but not enabled as RegionDisabled and exits 3', async () => {
    const run = await sandbox.run([
      'scan',
      '--format',
      'json',
      '--no-store',
      '--region',
      'us-east-1',
      '--regions',
      'us-east-1,ap-east-1',
      '--checks',
      'aws-ec2-*',
    ]);
    expect(run.code).toBe(3);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors.filter((e) => e.region === 'ap-east-1').every((e) => e.code === 'RegionDisabled')).toBe(true);
    expect(result.errors.some((e) => e.region === 'ap-east-1' && e.collector === 'ec2')).toBe(true);
  });

  it('rejects an unknown region and AWS flags with --input, one line, exit 2', async () => {
    const unknown = await sandbox.run(['scan', '--no-store', '--regions', 'mars-north-1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^cspm: error: unknown AWS region 'mars-north-1'/);
    const mixed = await sandbox.run(['scan', '--no-store', '--demo', '--profile', 'prod']);
    expect(mixed.code).toBe(2);
  });

  it('assumes --role-arn with --external-id through STS before anything else', async () => {
    const run = await sandbox.run([
      'scan',
      '--format',
      'json',
      '--no-store',
      '--region',
      'us-east-1',
      '--checks',
      'aws-s3-*',
      '--role-arn',
      'arn:aws:iam::123456789012:role/audit',
      '--external-id',
      'xyz',
    ]);
    expect(run.code).toBe(0);
    const first = fake.calls[0];
    expect(first).toMatchObject({
      service: 'sts',
      command: 'AssumeRole',
      input: { RoleArn: 'arn:aws:iam::123456789012:role/audit', ExternalId: 'xyz', RoleSessionName: 'cspm-scan' },
    });
  });

  it('a refused AssumeRole is one line and exit 2', async () => {
    fake.fail({
      service: 'sts',
      command: 'AssumeRole',
      error: () => awsError('AccessDenied', 'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: sts:AssumeRole', 403),
    });
    const run = await sandbox.run(['scan', '--no-store', '--region', 'us-east-1', '--role-arn', 'arn:aws:iam::123456789012:role/audit']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^cspm: error: cannot assume role arn:aws:iam::123456789012:role\/audit \(AccessDenied\)/),
    ]);
  });

  it('no credentials at all is one line and exit 2', async () => {
    useEnvCredentials(false);
    try {
      const run = await sandbox.run(['scan', '--no-store', '--region', 'us-east-1']);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cspm: error: no AWS credentials found/)]);
    } finally {
      useEnvCredentials(true);
    }
  });
});
