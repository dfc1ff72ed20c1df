/**
 * The storage floor, in a fresh process: how long SQLite through cspm's driver takes to insert the
 * finding rows of a cspm database with no JavaScript work and no secondary index. Reads every row of
 * `finding` from <source.db> as raw tuples (before timing), creates <target.db> with the pragmas
 * cspm's openStore sets and a `finding` table from the source's own CREATE TABLE (its indexes are
 * not copied: only the rowid primary key), then times BEGIN IMMEDIATE, one prepared run() per row,
 * and COMMIT. The rowid is left to SQLite, as cspm's inserts do.
 * Usage: store-floor-worker <source.db> <target.db> (target must not exist)
 * Prints one JSON line: { rows, insertMs, commitMs, totalMs, dbBytes }.
 */
import { existsSync, statSync } from 'node:fs';
import { sqliteDriver } from '../../src/store/sqlite-driver.js';

const [sourcePath, targetPath] = process.argv.slice(2);
if (!sourcePath || !targetPath) throw new Error('usage: store-floor-worker <source.db> <target.db>');
if (existsSync(targetPath)) throw new Error(`${targetPath} exists: the floor is measured into a new file`);

const Sqlite = sqliteDriver();
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

const source = new Sqlite(sourcePath, { readonly: true, fileMustExist: true });
const createSql = source.prepare("select sql from sqlite_master where type = 'table' and name = 'finding'").pluck().get() as string | undefined;
if (!createSql) throw new Error(`${sourcePath} has no finding table`);
const columns = (source.pragma('table_info(finding)') as { name: string; pk: number }[]).filter((c) => c.pk === 0).map((c) => `"${c.name}"`);
const rows = source
  .prepare(`select ${columns.join(', ')} from finding order by rowid`)
  .raw(true)
  .all() as unknown[][];
source.close();

const target = new Sqlite(targetPath);
target.pragma('journal_mode = WAL');
target.pragma('synchronous = NORMAL');
target.pragma('cache_size = -65536');
target.exec(createSql);
const insert = target.prepare(`insert into finding (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);

const start = process.hrtime.bigint();
target.exec('begin immediate');
for (const row of rows) insert.run(...row);
const insertMs = ms(start);
const commitStart = process.hrtime.bigint();
target.exec('commit');
const commitMs = ms(commitStart);
const totalMs = ms(start);
target.close();

console.log(JSON.stringify({ rows: rows.length, insertMs, commitMs, totalMs, dbBytes: statSync(targetPath).size }));
