/** SQLite's failures as one-line StoreErrors, without loading SQLite (the CLI's error handler imports this). */
import { errorMessage, StoreError } from '../core/errors.js';

/** Maps SQLite's own failures (corruption, locking, disk) to a one-line StoreError. */
export function asStoreError(error: unknown, path: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new StoreError(`${path} is corrupt or not a cspm database; it was left untouched`, { cause: error });
  if (code === 'SQLITE_BUSY') return new StoreError(`database ${path} is locked by another process; try again`, { cause: error });
  return new StoreError(`database ${path}: ${errorMessage(error)}`, { cause: error });
}

export function isSqliteError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}
