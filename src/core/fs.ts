import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorMessage, InputError, UsageError } from './errors.js';

/**
 * Writes a file atomically (temporary file + rename), so a crash never leaves a half-written
 * report or inventory where a previous good one was.
 */
export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new UsageError(`cannot write ${path}: ${errorMessage(error)}`, { cause: error });
  }
}

/** Reads a text file a user named; a missing or unreadable file is an InputError (exit 2). */
export function readInputFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new InputError(`${what} ${path} does not exist`, { cause: error });
    if (code === 'EISDIR') throw new InputError(`${what} ${path} is a directory, not a file`, { cause: error });
    throw new InputError(`cannot read ${what} ${path}: ${errorMessage(error)}`, { cause: error });
  }
}

/** Parses JSON from a user file with a one-line error that says where it broke. */
export function parseJsonFile(text: string, path: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const hint = text.trim().length === 0 ? 'the file is empty' : errorMessage(error);
    const at = /position (\d+)/.exec(hint);
    const truncated = /end of (JSON )?input/i.test(hint) || (at !== null && Number(at[1]) >= text.trimEnd().length - 1);
    throw new InputError(`${what} ${path} is not valid JSON (${hint}${truncated ? '; the file looks truncated' : ''})`, { cause: error });
  }
}
