import { createReadStream } from 'node:fs';
import { open, opendir, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { createGunzip, gunzip } from 'node:zlib';
import { errorMessage, InputError } from '../../core/errors.js';
import { DEFAULT_WHOLE_FILE_CHARS, jsonRecordBatches } from './json-records.js';

const gunzipAsync = promisify(gunzip);

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

/** Files up to this size (compressed, and then decompressed) are read in one call and gunzipped in one step. */
export const WHOLE_FILE_BYTES = DEFAULT_WHOLE_FILE_CHARS;

/**
 * The decompressed bytes of a log file small enough to hold whole (CloudTrail delivers files of a
 * few hundred KiB): read in one call, gunzipped in one step on libuv's thread pool (so it runs
 * alongside detection when files are read ahead). null when the file is larger, compressed or
 * not: it is then streamed by fileRecords. Errors are one-line InputErrors, as when streaming.
 */
export async function loadLogFile(path: string, maxBytes = WHOLE_FILE_BYTES): Promise<Buffer | null> {
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      // Pipes and devices (/dev/stdin) have no size to bound them: streamed.
      if (!info.isFile() || info.size > maxBytes) return null;
      bytes = await readExactly(handle, info.size);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputError(path, error);
  }
  if (!isGzip(bytes)) return bytes;
  if (bytes.length >= 18 && bytes.readUInt32LE(bytes.length - 4) > maxBytes) return null; // the trailer says it is larger
  try {
    return await gunzipAsync(bytes, { maxOutputLength: maxBytes, chunkSize: gunzipChunkBytes(bytes, maxBytes) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw gzipError(path, error) ?? inputError(path, error);
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
      gzip = isGzip(head.subarray(0, bytesRead));
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

/** The file's first `size` bytes (what readFile reads of a regular file: the size fstat gave). */
async function readExactly(handle: FileHandle, size: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const { bytesRead } = await handle.read(bytes, read, size - read, read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return read === size ? bytes : bytes.subarray(0, read);
}

/**
 * One output chunk just larger than the data, so a delivery file decompresses in one step with no
 * spare buffer: gzip's trailer holds the (last member's) uncompressed size. Bounded both ways.
 */
function gunzipChunkBytes(gz: Buffer, maxBytes: number): number {
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  return Math.min(Math.max(size + 1, 64 * 1024), maxBytes + 1, 1024 * 1024);
}

function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * The JSON records of one file in batches: from its bytes when loadLogFile could hold it whole
 * (`loaded`), else streamed. Read and gzip errors become one-line InputErrors.
 */
export async function* fileRecords(path: string, loaded: Buffer | null = null): AsyncGenerator<unknown[]> {
  if (loaded !== null) {
    yield* jsonRecordBatches([loaded], { name: path });
    return;
  }
  const stream = await openLogFile(path);
  try {
    // Too large (or no size, a pipe) to hold whole: split as it streams.
    yield* jsonRecordBatches(guard(stream, path), { name: path, wholeFileChars: 0 });
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
    throw gzipError(name, error) ?? inputError(name, error);
  }
}

function gzipError(name: string, error: unknown): InputError | null {
  const code = (error as { code?: unknown }).code;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(errorMessage(error)))
    return new InputError(`${name} is not a valid gzip file (${errorMessage(error)})`, { cause: error });
  return null;
}

function inputError(path: string, error: unknown): InputError {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return new InputError(`log path ${path} does not exist`, { cause: error });
  if (code === 'EACCES') return new InputError(`cannot read ${path}: permission denied`, { cause: error });
  return new InputError(`cannot read ${path}: ${errorMessage(error)}`, { cause: error });
}
