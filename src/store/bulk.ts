import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.js';

type Row<T extends keyof Database> = Insertable<Database[T]>;
type SqlValue = string | number | bigint | Buffer | null;

/**
 * A typed bulk inserter for hot paths (100k findings per scan): Kysely compiles the INSERT once from
 * the typed table interface, better-sqlite3 prepares it once, and each row is one `run()` on the
 * same connection — inside whatever transaction is open. Kysely's own path prepares a new statement
 * per query, which costs more than the insert itself at this volume.
 */
export function bulkInserter<T extends keyof Database>(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  table: T,
  columns: readonly (keyof Row<T> & string)[],
): (row: Row<T>) => void {
  const template = Object.fromEntries(columns.map((c) => [c, null])) as unknown as Row<T>;
  const compiled = db.insertInto(table).values(template).compile();
  const statement = sqlite.prepare(compiled.sql);
  return (row) => {
    const values = columns.map((c) => (row as Record<string, unknown>)[c] ?? null) as SqlValue[];
    statement.run(values);
  };
}
