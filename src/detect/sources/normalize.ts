import type { CloudEvent } from '../event.js';
import { isRecord } from '../event.js';
import { fromCloudTrail, isCloudTrailRecord } from './aws-cloudtrail.js';
import { fromAzureActivity, isAzureActivityRecord } from './azure-activity.js';

/** Counts of what a source read, for the run summary. */
export interface SourceStats {
  files: number;
  records: number;
  events: number;
  /** Records that are neither CloudTrail nor Azure Activity entries (digests, other JSON). */
  skipped: number;
}

export function newSourceStats(): SourceStats {
  return { files: 0, records: 0, events: 0, skipped: 0 };
}

/** Maps any supported log record to the common model; null for records that are not events. */
export function normalizeRecord(record: unknown): CloudEvent | null {
  if (!isRecord(record)) return null;
  if (isCloudTrailRecord(record)) return fromCloudTrail(record);
  if (isAzureActivityRecord(record)) return fromAzureActivity(record);
  return null;
}

/** Normalises batches of records, counting what was skipped. */
export async function* normalizeRecords(batches: AsyncIterable<readonly unknown[]>, stats: SourceStats): AsyncGenerator<CloudEvent[]> {
  for await (const records of batches) {
    const out: CloudEvent[] = [];
    for (const record of records) {
      stats.records++;
      const event = normalizeRecord(record);
      if (event === null) stats.skipped++;
      else out.push(event);
    }
    stats.events += out.length;
    if (out.length > 0) yield out;
  }
}
