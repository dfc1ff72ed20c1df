import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { UsageError } from '../../core/errors.js';
import type { CloudEvent } from '../event.js';
import { guard } from './files.js';
import { failureOf, timeSlices, type SourceFailure } from './failures.js';
import { jsonRecordBatches } from './json-records.js';
import { normalizeRecord, normalizeRecords, type SourceStats } from './normalize.js';

/** The AWS clients the log sources use; tests pass fakes or aws-sdk-client-mock'ed clients. */
export interface AwsLogClients {
  s3(region: string | undefined): Pick<S3Client, 'send'>;
  ec2(region: string | undefined): Pick<EC2Client, 'send'>;
  cloudtrail(region: string): Pick<CloudTrailClient, 'send'>;
}

export function defaultAwsLogClients(options: { profile?: string | undefined; region?: string | undefined }): AwsLogClients {
  const credentials = fromNodeProviderChain(options.profile !== undefined ? { profile: options.profile } : {});
  const common = { credentials, maxAttempts: 6, retryMode: 'adaptive' as const };
  const home = options.region ?? 'us-east-1';
  return {
    s3: (region) => new S3Client({ ...common, region: region ?? home, followRegionRedirects: true }),
    ec2: (region) => new EC2Client({ ...common, region: region ?? home }),
    cloudtrail: (region) => new CloudTrailClient({ ...common, region }),
  };
}

export function parseS3Url(url: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!m?.[1]) throw new UsageError(`'${url}' is not an s3://bucket/prefix URL`);
  return { bucket: m[1], prefix: m[2] ?? '' };
}

/** CloudTrail object keys end with the delivery time: ..._CloudTrail_us-east-1_20240731T1305Z_abc.json.gz */
export function keyTime(key: string): number | null {
  const m = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z_/.exec(key);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) : null;
}

/**
 * Streams CloudTrail log files from s3://bucket/prefix (the whole AWSLogs tree or any folder of it),
 * keeping files delivered in [since, until] (CloudTrail delivers within about 15 minutes, so a
 * margin is kept) and events within the window. Objects stream through gunzip and the record
 * splitter: memory stays flat whatever the size of the bucket.
 */
export async function* s3Events(
  url: string,
  window: { since: number | null; until: number | null },
  clients: AwsLogClients,
  stats: SourceStats,
  failures: SourceFailure[],
): AsyncGenerator<CloudEvent[]> {
  const { bucket, prefix } = parseS3Url(url);
  const s3 = clients.s3(undefined);
  const margin = 60 * 60_000;
  const keys: string[] = [];
  try {
    // Pages by hand: the SDK paginators insist on a concrete client class, and tests pass fakes.
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
      for (const o of page.Contents ?? []) {
        const key = o.Key ?? '';
        if (!/\.json(\.gz)?$/i.test(key) || /\/CloudTrail-Digest\//.test(key)) continue;
        const t = keyTime(key);
        if (t !== null && window.since !== null && t < window.since) continue;
        if (t !== null && window.until !== null && t > window.until + margin) continue;
        keys.push(key);
      }
    } while (token);
  } catch (error) {
    failures.push(failureOf('s3:ListObjectsV2', `s3://${bucket}/${prefix}`, error));
    return;
  }
  keys.sort((a, b) => (keyTime(a) ?? 0) - (keyTime(b) ?? 0) || (a < b ? -1 : 1));
  for (const key of keys) {
    const name = `s3://${bucket}/${key}`;
    let body: Readable;
    try {
      const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      body = out.Body as Readable;
    } catch (error) {
      failures.push(failureOf('s3:GetObject', name, error));
      continue;
    }
    stats.files++;
    const stream = /\.gz$/i.test(key) ? body.pipe(createGunzip()) : body;
    for await (const batch of normalizeRecords(jsonRecordBatches(guard(stream, name), { name }), stats)) {
      const kept = batch.filter((e) => (window.since === null || e.time >= window.since) && (window.until === null || e.time <= window.until));
      if (kept.length > 0) yield kept;
    }
  }
}

/** The account's enabled regions (EC2 DescribeRegions), or the ones asked for. */
export async function enabledRegions(clients: AwsLogClients, failures: SourceFailure[]): Promise<string[]> {
  try {
    const out = await clients.ec2(undefined).send(new DescribeRegionsCommand({ AllRegions: false }));
    return (out.Regions ?? []).flatMap((r) => (r.RegionName ? [r.RegionName] : [])).sort();
  } catch (error) {
    failures.push(failureOf('ec2:DescribeRegions', 'account', error));
    return [];
  }
}

/**
 * CloudTrail LookupEvents (the last 90 days of management events) across regions, in hour slices,
 * oldest first, the regions of each hour merged in time order. A region that fails is recorded and
 * skipped; the others go on.
 */
export async function* lookupEvents(
  window: { since: number; until: number },
  regions: readonly string[],
  clients: AwsLogClients,
  stats: SourceStats,
  failures: SourceFailure[],
): AsyncGenerator<CloudEvent[]> {
  const failed = new Set<string>();
  for (const [start, end] of timeSlices(window.since, window.until)) {
    const batch: CloudEvent[] = [];
    const seen = new Set<string>();
    for (const region of regions) {
      if (failed.has(region)) continue;
      try {
        const client = clients.cloudtrail(region);
        let token: string | undefined;
        do {
          const page = await client.send(
            new LookupEventsCommand({ StartTime: new Date(start), EndTime: new Date(end), MaxResults: 50, ...(token ? { NextToken: token } : {}) }),
          );
          token = page.NextToken;
          for (const item of page.Events ?? []) {
            stats.records++;
            let record: unknown = null;
            try {
              record = JSON.parse(item.CloudTrailEvent ?? 'null') as unknown;
            } catch {
              record = null;
            }
            const e = normalizeRecord(record);
            if (e === null || seen.has(e.id)) {
              if (e === null) stats.skipped++;
              continue;
            }
            seen.add(e.id);
            stats.events++;
            batch.push(e);
          }
        } while (token);
      } catch (error) {
        failed.add(region);
        failures.push(failureOf('cloudtrail:LookupEvents', region, error));
      }
    }
    batch.sort((a, b) => a.time - b.time);
    if (batch.length > 0) yield batch;
  }
}
