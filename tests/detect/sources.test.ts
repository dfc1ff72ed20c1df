import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { InputError } from '../../src/core/errors.js';
import type { CloudEvent } from '../../src/detect/event.js';
import { keyTime, lookupEvents, parseS3Url, s3Events, type AwsLogClients } from '../../src/detect/sources/aws-cloud.js';
import { azureActivityEvents, type AzureLogClient } from '../../src/detect/sources/azure-monitor.js';
import type { SourceFailure } from '../../src/detect/sources/failures.js';
import { openSources } from '../../src/detect/sources/index.js';
import { fileRecords, loadLogFile } from '../../src/detect/sources/files.js';
import { localEvents } from '../../src/detect/sources/local.js';
import { newSourceStats, normalizeRecord } from '../../src/detect/sources/normalize.js';
import { parseTimeSpec } from '../../src/detect/time.js';
import { ctRecord, identities } from '../fixtures/events/index.js';

async function all(events: AsyncIterable<CloudEvent | readonly CloudEvent[]>): Promise<CloudEvent[]> {
  const out: CloudEvent[] = [];
  for await (const e of events) {
    if (Array.isArray(e)) out.push(...(e as readonly CloudEvent[]));
    else out.push(e as CloudEvent);
  }
  return out;
}

describe('normalisation', () => {
  it.each([
    ['an IAM user', identities.user('alice'), 'arn:aws:iam::111122223333:user/alice', 'iam-user', 'user/alice'],
    [
      'a role session keys on the role',
      identities.role('deploy', 'run-42'),
      'arn:aws:iam::111122223333:role/deploy',
      'assumed-role',
      'role/deploy (session run-42)',
    ],
    [
      'an SSO session keys on the person',
      identities.role('AWSReservedSSO_Admin_1', 'bob@x.com'),
      'arn:aws:iam::111122223333:role/AWSReservedSSO_Admin_1/bob@x.com',
      'identity-center-user',
      'role/AWSReservedSSO_Admin_1 (session bob@x.com)',
    ],
    ['root', identities.root(), 'arn:aws:iam::111122223333:root', 'root', 'root (account 111122223333)'],
    ['an AWS service', identities.service('config.amazonaws.com'), 'service:config.amazonaws.com', 'aws-service', 'AWS service config.amazonaws.com'],
  ])('keys %s', (_name, identity, key, type, display) => {
    const e = normalizeRecord(ctRecord({ eventName: 'ListUsers', identity }));
    expect(e?.principal).toMatchObject({ key, type, display });
  });

  it('knows EC2 instance-profile credentials', () => {
    expect(normalizeRecord(ctRecord({ eventName: 'ListUsers', identity: identities.instance('r', 'i-0abc12345678') }))?.principal.instanceId).toBe(
      'i-0abc12345678',
    );
  });

  it('reads the Azure REST shape', () => {
    const e = normalizeRecord({
      eventTimestamp: '2026-11-01T10:00:00Z',
      operationName: { value: 'Microsoft.Authorization/roleAssignments/write', localizedValue: 'Create role assignment' },
      status: { value: 'Failed' },
      subStatus: { value: 'Forbidden' },
      caller: 'eve@contoso.com',
      claims: { ipaddr: '203.0.113.7' },
      subscriptionId: 'SUB-1',
      resourceId: '/subscriptions/SUB-1/providers/Microsoft.Authorization/roleAssignments/x',
      eventDataId: 'ed-1',
      properties: { requestbody: '{"Properties":{"PrincipalId":"p"}}' },
    });
    expect(e).toMatchObject({
      provider: 'azure',
      id: 'ed-1',
      account: 'sub-1',
      action: 'microsoft.authorization/roleassignments/write',
      service: 'microsoft.authorization',
      sourceIp: '203.0.113.7',
      errorCode: 'Forbidden',
      readOnly: false,
    });
    expect(e?.principal).toMatchObject({ key: 'azure:eve@contoso.com', type: 'azure-user', display: 'eve@contoso.com' });
    expect(e?.request).toEqual({ Properties: { PrincipalId: 'p' } });
  });

  it('skips records that are not events', () => {
    expect(normalizeRecord({ awsAccountId: '1', digestStartTime: 'x' })).toBeNull();
    expect(normalizeRecord([1, 2])).toBeNull();
  });
});

describe('local files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cspm-logs-'));
  const file = (name: string, records: unknown[], gzip = false): string => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    const text = JSON.stringify({ Records: records });
    writeFileSync(path, gzip ? gzipSync(text) : text);
    return path;
  };

  it('walks a folder recursively, gzip or not, and skips digests and other files', async () => {
    file('AWSLogs/1/CloudTrail/eu-west-1/2026/11/01/a.json.gz', [ctRecord({ eventName: 'A' })], true);
    file('AWSLogs/1/CloudTrail/eu-west-1/2026/11/02/b.json', [ctRecord({ eventName: 'B' }), ctRecord({ eventName: 'C' })]);
    file('AWSLogs/1/CloudTrail-Digest/eu-west-1/2026/11/01/d.json.gz', [{ digest: true }], true);
    writeFileSync(join(dir, 'AWSLogs', 'notes.txt'), 'not a log');
    const stats = newSourceStats();
    const events = await all(localEvents([join(dir, 'AWSLogs')], stats));
    expect(events.map((e) => e.action)).toEqual(['A', 'B', 'C']);
    expect(stats).toMatchObject({ files: 2, events: 3, skipped: 0 });
  });

  it('recognises gzip by content, not by name', async () => {
    const path = join(dir, 'misnamed.json');
    writeFileSync(path, gzipSync(JSON.stringify({ Records: [ctRecord({ eventName: 'Z' })] })));
    expect((await all(localEvents([path], newSourceStats()))).map((e) => e.action)).toEqual(['Z']);
  });

  it.each([
    ['a missing path', () => join(dir, 'nope.json'), /does not exist/],
    [
      'a corrupt gzip file',
      () => (writeFileSync(join(dir, 'bad.json.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5])), join(dir, 'bad.json.gz')),
      /not a valid gzip file/,
    ],
    ['malformed JSON', () => (writeFileSync(join(dir, 'bad.json'), '{"Records":[{"eventName":}]}'), join(dir, 'bad.json')), /malformed JSON record/],
  ])('refuses %s with an InputError', async (_name, make, message) => {
    const error = await all(localEvents([make()], newSourceStats())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('holds small files whole and streams larger ones, with the same records', async () => {
    const records = Array.from({ length: 50 }, (_, i) => ctRecord({ eventName: `E${i}` }));
    const plain = file('whole/plain.json', records);
    const gz = file('whole/packed.json.gz', records, true);
    const size = JSON.stringify({ Records: records }).length;
    const read = async (path: string, loaded: Buffer | null): Promise<unknown[]> => {
      const out: unknown[] = [];
      for await (const batch of fileRecords(path, loaded)) out.push(...batch);
      return out;
    };
    for (const path of [plain, gz]) {
      const whole = await loadLogFile(path);
      expect(whole?.length).toBe(size);
      expect(await loadLogFile(path, Math.floor(size / 2))).toBeNull(); // too large to hold once decompressed: streamed
      expect(await read(path, whole)).toEqual(records);
      expect(await read(path, null)).toEqual(records);
    }
    // Two gzip members: the trailer gives only the last one's size, so the bound is checked while decompressing.
    const members = join(dir, 'whole', 'members.json.gz');
    writeFileSync(members, Buffer.concat([gzipSync(JSON.stringify({ Records: records })), gzipSync(' ')]));
    expect(await loadLogFile(members, Math.floor(size / 2))).toBeNull();
    expect((await loadLogFile(members))?.length).toBe(size + 1);
    await expect(loadLogFile(join(dir, 'bad.json.gz'))).rejects.toThrow(/not a valid gzip file/);
    await expect(read(join(dir, 'bad.json.gz'), null)).rejects.toThrow(/not a valid gzip file/); // streamed
    if (process.platform !== 'win32') expect(await loadLogFile('/dev/null')).toBeNull(); // no size to bound it: streamed
  });

  it('reads files ahead but reports events and errors in file order', async () => {
    const good = file('order/a.json', [ctRecord({ eventName: 'A' })]);
    const bad = join(dir, 'order', 'b.json.gz');
    writeFileSync(bad, gzipSync('{"Records":[]}').subarray(0, 12));
    const stats = newSourceStats();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const batch of localEvents([good, bad, join(dir, 'order', 'missing.json')], stats)) seen.push(...batch.map((e) => e.action));
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['A']);
    expect((error as Error).message).toMatch(/b\.json\.gz is not a valid gzip file/);
    expect(stats.files).toBe(2);
  });

  it('cleans up', () => {
    rmSync(dir, { recursive: true, force: true });
  });
});

/** A fake client: answers by command class, records what was asked. */
function fakeSend(handlers: Record<string, (input: Record<string, unknown>) => unknown>): {
  send: (c: { constructor: { name: string }; input: Record<string, unknown> }) => Promise<unknown>;
  calls: string[];
} {
  const calls: string[] = [];
  return {
    calls,
    send: (command) => {
      const name = command.constructor.name;
      calls.push(name);
      const h = handlers[name];
      if (!h) return Promise.reject(new Error(`unexpected ${name}`));
      try {
        return Promise.resolve(h(command.input));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

function clients(parts: Partial<Record<'s3' | 'ec2' | 'cloudtrail', ReturnType<typeof fakeSend>>>): AwsLogClients {
  const none = fakeSend({});
  return { s3: () => parts.s3 ?? none, ec2: () => parts.ec2 ?? none, cloudtrail: () => parts.cloudtrail ?? none };
}

describe('S3', () => {
  const key = (day: string, hhmm: string) => `AWSLogs/1/CloudTrail/eu-west-1/2026/11/${day}/1_CloudTrail_eu-west-1_202611${day}T${hhmm}Z_x.json.gz`;
  const body = (names: string[]) =>
    Readable.from([gzipSync(JSON.stringify({ Records: names.map((n) => ctRecord({ eventName: n, time: '2026-11-01T10:00:00Z' })) }))]);

  it('parses URLs and delivery times', () => {
    expect(parseS3Url('s3://b/AWSLogs/1/')).toEqual({ bucket: 'b', prefix: 'AWSLogs/1/' });
    expect(() => parseS3Url('https://b')).toThrow(/not an s3/);
    expect(keyTime(key('01', '1005'))).toBe(Date.parse('2026-11-01T10:05:00Z'));
  });

  it('lists, filters by delivery time, streams objects in time order', async () => {
    const s3 = fakeSend({
      [ListObjectsV2Command.name]: () => ({
        Contents: [{ Key: key('02', '0900') }, { Key: key('01', '1005') }, { Key: key('03', '0000') }, { Key: 'AWSLogs/1/CloudTrail-Digest/x.json.gz' }],
      }),
      [GetObjectCommand.name]: (input) => ({ Body: body([String(input['Key']).includes('T0900') ? 'Second' : 'First']) }),
    });
    const failures: SourceFailure[] = [];
    const since = Date.parse('2026-11-01T00:00:00Z');
    const events = await all(s3Events('s3://b/AWSLogs/', { since, until: Date.parse('2026-11-02T12:00:00Z') }, clients({ s3 }), newSourceStats(), failures));
    expect(events.map((e) => e.action)).toEqual(['First', 'Second']);
    expect(s3.calls.filter((c) => c === GetObjectCommand.name)).toHaveLength(2);
    expect(failures).toEqual([]);
  });

  it('records a failed object and goes on', async () => {
    const s3 = fakeSend({
      [ListObjectsV2Command.name]: () => ({ Contents: [{ Key: key('01', '1000') }, { Key: key('01', '1005') }] }),
      [GetObjectCommand.name]: (input) => {
        if (String(input['Key']).includes('T1000')) throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied' });
        return { Body: body(['Ok']) };
      },
    });
    const failures: SourceFailure[] = [];
    const events = await all(s3Events('s3://b/', { since: null, until: null }, clients({ s3 }), newSourceStats(), failures));
    expect(events.map((e) => e.action)).toEqual(['Ok']);
    expect(failures).toEqual([expect.objectContaining({ action: 's3:GetObject', code: 'AccessDenied' })]);
  });
});

describe('CloudTrail LookupEvents', () => {
  it('reads every region hour by hour, merges them in time order and records a failing region', async () => {
    const t0 = Date.parse('2026-11-01T10:00:00Z');
    const byRegion: Record<string, ReturnType<typeof fakeSend>> = {
      'eu-west-1': fakeSend({
        LookupEventsCommand: (input) => {
          const start = (input['StartTime'] as Date).getTime();
          if (start !== t0) return { Events: [] };
          return {
            Events: [ctRecord({ eventName: 'Late', time: t0 + 50_000 }), ctRecord({ eventName: 'Early', time: t0 + 10_000 })].map((r) => ({
              CloudTrailEvent: JSON.stringify(r),
            })),
          };
        },
      }),
      'us-east-1': fakeSend({
        LookupEventsCommand: (input) =>
          (input['StartTime'] as Date).getTime() === t0
            ? { Events: [{ CloudTrailEvent: JSON.stringify(ctRecord({ eventName: 'Middle', time: t0 + 30_000 })) }] }
            : { Events: [] },
      }),
      'ap-south-1': fakeSend({
        LookupEventsCommand: () => {
          throw Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
        },
      }),
    };
    const c = { ...clients({}), cloudtrail: (region: string) => byRegion[region] } as unknown as AwsLogClients;
    const failures: SourceFailure[] = [];
    const events = await all(lookupEvents({ since: t0, until: t0 + 2 * 3_600_000 }, Object.keys(byRegion), c, newSourceStats(), failures));
    expect(events.map((e) => e.action)).toEqual(['Early', 'Middle', 'Late']);
    expect(failures).toEqual([expect.objectContaining({ action: 'cloudtrail:LookupEvents', scope: 'ap-south-1', code: 'AccessDeniedException' })]);
  });

  it('discovers the enabled regions through openSources', async () => {
    const ec2 = fakeSend({ [DescribeRegionsCommand.name]: () => ({ Regions: [{ RegionName: 'eu-west-1' }] }) });
    const ct = fakeSend({ LookupEventsCommand: () => ({ Events: [] }) });
    const opened = openSources(
      { inputs: [], lookup: true, subscription: null, since: null, until: null, regions: null, profile: undefined, region: undefined },
      { aws: () => clients({ ec2, cloudtrail: ct }), now: () => new Date('2026-11-02T10:00:00Z') },
    );
    await all(opened.events);
    expect(ec2.calls).toEqual([DescribeRegionsCommand.name]);
    expect(ct.calls.length).toBe(24);
  });
});

describe('Azure Activity Log API', () => {
  const entry = (op: string, time: string) => ({
    eventTimestamp: time,
    operationName: { value: op },
    status: { value: 'Succeeded' },
    caller: 'a@b.c',
    eventDataId: op,
    subscriptionId: 's',
  });
  it('follows nextLink with a bearer token and yields oldest first', async () => {
    const seen: string[] = [];
    const client: AzureLogClient = {
      token: () => Promise.resolve('tok'),
      fetch: (url, init) => {
        seen.push(`${init.headers['Authorization'] ?? ''} ${url.includes('page2') ? 'page2' : 'page1'}`);
        const page = url.includes('page2')
          ? { value: [entry('Microsoft.A/first/write', '2026-11-01T10:01:00Z')] }
          : { value: [entry('Microsoft.A/second/write', '2026-11-01T10:30:00Z')], nextLink: 'https://management.azure.com/page2' };
        return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(page), text: () => Promise.resolve('') });
      },
    };
    const failures: SourceFailure[] = [];
    const t0 = Date.parse('2026-11-01T10:00:00Z');
    const events = await all(azureActivityEvents('s', { since: t0, until: t0 + 3_600_000 }, client, newSourceStats(), failures));
    expect(events.map((e) => e.action)).toEqual(['microsoft.a/first/write', 'microsoft.a/second/write']);
    expect(seen).toEqual(['Bearer tok page1', 'Bearer tok page2']);
  });

  it('records a refused call', async () => {
    const client: AzureLogClient = {
      token: () => Promise.resolve('tok'),
      fetch: () =>
        Promise.resolve({
          ok: false,
          status: 403,
          json: () => Promise.resolve({}),
          text: () => Promise.resolve('{"error":{"code":"AuthorizationFailed","message":"no"}}'),
        }),
    };
    const failures: SourceFailure[] = [];
    await all(azureActivityEvents('s', { since: 0, until: 3_600_000 }, client, newSourceStats(), failures));
    expect(failures).toEqual([expect.objectContaining({ action: 'monitor:ActivityLogs', code: 'AuthorizationFailed' })]);
  });
});

describe('time flags', () => {
  const now = new Date('2026-11-02T10:00:00Z');
  it.each([
    ['24h', Date.parse('2026-11-01T10:00:00Z')],
    ['7d', Date.parse('2026-10-26T10:00:00Z')],
    ['30m', Date.parse('2026-11-02T09:30:00Z')],
    ['2026-11-01', Date.parse('2026-11-01T00:00:00Z')],
    ['2026-11-01T12:00:00Z', Date.parse('2026-11-01T12:00:00Z')],
  ])('reads %s', (value, expected) => {
    expect(parseTimeSpec(value, now, '--since')).toBe(expected);
  });
  it('refuses anything else', () => {
    expect(() => parseTimeSpec('yesterday', now, '--since')).toThrow(/--since 'yesterday' is not a time/);
  });
});
