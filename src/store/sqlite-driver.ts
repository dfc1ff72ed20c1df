/**
 * The SQLite driver for this Node.js: better-sqlite3 12 on Node 20, better-sqlite3 13 (installed
 * as the alias `better-sqlite3-13`) on Node 22 and later.
 *
 * 12.x wraps its objects in node::ObjectWrap, whose destructor aborts the process on Node 24.19+
 * when a statement is garbage-collected outside a JavaScript context, as at exit (SIGABRT,
 * "Assertion failed: (env) != nullptr", exit 134 instead of cspm's exit code). 13.x moved to
 * node-addon-api and is fine there, but needs Node 22 (on Node 20 it crashes when loaded). The two
 * majors share the API cspm uses, so the driver is chosen by the running Node's major version.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

export type SqliteDriver = typeof BetterSqlite3;

const require = createRequire(import.meta.url);

/** The package name of the driver for a Node.js version string such as '20.19.0'. */
export function sqliteDriverPackage(nodeVersion: string): 'better-sqlite3' | 'better-sqlite3-13' {
  return Number(nodeVersion.split('.')[0]) >= 22 ? 'better-sqlite3-13' : 'better-sqlite3';
}

let driver: SqliteDriver | undefined;

/** The driver for the running Node.js, loaded once. */
export function sqliteDriver(): SqliteDriver {
  driver ??= require(sqliteDriverPackage(process.versions.node)) as SqliteDriver;
  return driver;
}
