import type { CloudEvent } from '../event.js';
import { expandPaths, fileRecords } from './files.js';
import { normalizeRecords, type SourceStats } from './normalize.js';

/** Events from local files and folders (CloudTrail or Azure Activity Log, gzipped or not), streamed. */
export async function* localEvents(paths: readonly string[], stats: SourceStats): AsyncGenerator<CloudEvent[]> {
  for await (const path of expandPaths(paths)) {
    stats.files++;
    yield* normalizeRecords(fileRecords(path), stats);
  }
}
