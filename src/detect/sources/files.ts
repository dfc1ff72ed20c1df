import { createReadStream } from 'node:fs';
import { open, opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { errorMessage, InputError } from '../../core/errors.js';
import { jsonRecordBatches } from './json-records.js';

/** Log files cspm reads from a folder: JSON, JSON Lines, gzipped or not. CloudTrail digest files are skipped. */
const LOG_FILE = /\.(json|jsonl|ndjson)(\.gz)?$|\.gz$/i;
const DIGEST_DIR = /(^|[/\\])CloudTrail-Digest([/\\]|$)/;

/**
 * The log files named on the command line, with folders walked recursively in name order
 * (CloudTrail's date folders then sort by time). A missing path is an InputError (exit 2).
 */
export async function* expandPaths(paths: readonly string[]): AsyncGenerator<string> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw inputError(path, error);
    }
    if (info.isDirectory()) yield* walk(path);
    else yield path;
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    const handle = await opendir(dir);
    entries = [];
    for await (const entry of handle) entries.push(entry);
  } catch (error) {
    throw inputError(dir, error);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!DIGEST_DIR.test(path)) yield* walk(path);
    } else if (entry.isFile() && LOG_FILE.test(entry.name)) {
      yield path;
    }
  }
}

/** The decompressed byte stream of a file: gzip is recognised by its magic bytes, not its name. */
export async function openLogFile(path: string): Promise<Readable> {
  let gzip = false;
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(2);
      const { bytesRead } = await handle.read(head, 0, 2, 0);
      gzip = bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputError(path, error);
  }
  const raw = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (!gzip) return raw;
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

/** The JSON records of one file, streamed in batches. Read and gzip errors become one-line InputErrors. */
export async function* fileRecords(path: string): AsyncGenerator<unknown[]> {
  const stream = await openLogFile(path);
  try {
    yield* jsonRecordBatches(guard(stream, path), { name: path });
  } finally {
    stream.destroy();
  }
}

/** Maps stream failures (truncated gzip, I/O errors) to InputError. */
export async function* guard(stream: AsyncIterable<Buffer | string>, name: string): AsyncGenerator<Buffer | string> {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(errorMessage(error)))
      throw new InputError(`${name} is not a valid gzip file (${errorMessage(error)})`, { cause: error });
    throw inputError(name, error);
  }
}

function inputError(path: string, error: unknown): InputError {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return new InputError(`log path ${path} does not exist`, { cause: error });
  if (code === 'EACCES') return new InputError(`cannot read ${path}: permission denied`, { cause: error });
  return new InputError(`cannot read ${path}: ${errorMessage(error)}`, { cause: error });
}
