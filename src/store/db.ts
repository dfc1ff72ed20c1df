import type BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { errorMessage, StoreError } from '../core/errors.js';
import { asStoreError } from './errors.js';
import { sqliteDriver } from './sqlite-driver.js';
import { migrationProvider, migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export interface Store {
  readonly db: Kysely<Database>;
  /** The same connection, for prepared-statement bulk inserts (see bulk.ts); prefer `db`. */
  readonly sqlite: BetterSqlite3.Database;
  readonly path: string;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Fail instead of creating a new database when the file does not exist. */
  readonly mustExist?: boolean;
  /** Milliseconds to wait for another process's write lock. */
  readonly busyTimeoutMs?: number;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Opens (creating if needed) the history database and brings its schema up to date.
 * A file that is not SQLite, a SQLite file cspm did not create, a corrupt file or one written by a
 * newer cspm is refused with a StoreError (exit 2) and left byte-for-byte untouched.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  const memory = path === ':memory:';
  if (!memory) {
    if (existsSync(path)) checkHeader(path);
    else if (options.mustExist) throw new StoreError(`no cspm database at ${path}: run 'cspm scan' first`);
    else mkdirSync(dirname(path), { recursive: true });
  }

  let sqlite: BetterSqlite3.Database;
  try {
    const Sqlite = sqliteDriver();
    sqlite = new Sqlite(path, { fileMustExist: !memory && existsSync(path) });
  } catch (error) {
    throw new StoreError(`cannot open database ${path}: ${errorMessage(error)}`, { cause: error });
  }
  try {
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    checkOwnership(sqlite, path);
    if (!memory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    throw asStoreError(error, path);
  }

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const store: Store = { db, sqlite, path, close: () => db.destroy() };
  try {
    await migrate(db, path);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return store;
}

function checkHeader(path: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new StoreError(`cannot read database ${path}: ${errorMessage(error)}`, { cause: error });
  }
  if (size === 0) return;
  const buffer = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, buffer, 0, 16, 0);
  } catch (error) {
    throw new StoreError(`cannot read database ${path}: ${errorMessage(error)}`, { cause: error });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (buffer.toString('latin1') !== SQLITE_HEADER) {
    throw new StoreError(`${path} is not a SQLite database (corrupt or another kind of file); it was left untouched`);
  }
}

function checkOwnership(sqlite: BetterSqlite3.Database, path: string): void {
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
  if (tables.length === 0) return;
  if (!tables.includes('kysely_migration')) {
    throw new StoreError(`${path} is a SQLite database that cspm did not create (tables: ${tables.slice(0, 5).join(', ')}); refusing to modify it`);
  }
  const applied = sqlite.prepare('select name from kysely_migration').pluck().all() as string[];
  const unknown = applied.filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) {
    throw new StoreError(`${path} was written by a newer cspm (unknown migration ${unknown[0] ?? ''}); upgrade cspm to use it`);
  }
}

/**
 * Kysely runs SQLite migrations without a transaction (and without a lock), so two processes
 * opening a new or older database at once would both migrate, and a crash could leave a migration
 * half applied. When something is pending, the whole run happens in one BEGIN IMMEDIATE
 * transaction: the second process waits, then finds nothing left to do.
 */
async function migrate(db: Kysely<Database>, path: string): Promise<void> {
  const applied = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db);
  if (applied.rows.length > 0) {
    const done = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const names = new Set(done.rows.map((r) => r.name));
    if (Object.keys(migrations).every((name) => names.has(name))) return;
  }
  const { error, results } = await db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const outcome = await new Migrator({ db: conn, provider: migrationProvider }).migrateToLatest();
      await sql.raw(outcome.error ? 'rollback' : 'commit').execute(conn);
      return outcome;
    } catch (thrown) {
      await sql`rollback`.execute(conn);
      throw thrown;
    }
  });
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new StoreError(`database ${path}: migration ${failed?.migrationName ?? '(unknown)'} failed: ${errorMessage(error)}`, {
      cause: error,
      ...(failed ? { migrationName: failed.migrationName } : {}),
    });
  }
}
