import type { CloudEvent } from '../event.js';
import { expandPaths, fileRecords, loadLogFile } from './files.js';
import { normalizeRecords, type SourceStats } from './normalize.js';

/** Files read ahead of the one being detected; each holds at most WHOLE_FILE_BYTES (decompressed) while it waits. */
const READ_AHEAD = 2;

/** A file's bytes as loadLogFile settled them, or the error it will throw when its turn comes. */
type Pending = { readonly path: string; readonly loaded: Promise<Settled<Buffer | null>> } | { readonly failure: unknown };
type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/**
 * Events from local files and folders (CloudTrail or Azure Activity Log, gzipped or not), streamed
 * in file order. The next few files are read and gunzipped (on libuv's thread pool) while the
 * current one is parsed and detected; any error still surfaces when its file's turn comes.
 */
export async function* localEvents(paths: readonly string[], stats: SourceStats): AsyncGenerator<CloudEvent[]> {
  const files = expandPaths(paths);
  const pending: Pending[] = [];
  let listed = false;
  const fill = async (): Promise<void> => {
    while (!listed && pending.length < READ_AHEAD) {
      try {
        const next = await files.next();
        if (next.done === true) listed = true;
        else pending.push({ path: next.value, loaded: settle(loadLogFile(next.value)) });
      } catch (error) {
        listed = true;
        pending.push({ failure: error });
      }
    }
  };
  await fill();
  for (let item = pending.shift(); item !== undefined; item = pending.shift()) {
    if ('failure' in item) throw item.failure;
    stats.files++;
    await fill();
    const loaded = await item.loaded;
    if (!loaded.ok) throw loaded.error;
    yield* normalizeRecords(fileRecords(item.path, loaded.value), stats);
  }
}

async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}
