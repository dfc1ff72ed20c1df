/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and typed loosely (Kysely docs) */
import { sql, type Kysely } from 'kysely';

/**
 * One row per rule of each scope's open finding versions, written by the scan that left them
 * open, with a digest of them unless the rule changed in that scan: a re-scan whose findings of a
 * rule hash the same skips reading that rule's versions.
 * Deleted with their scan, so a digest never outlives the versions it describes.
 * A version has last_failed_at or first_failed_at only if it has first_failed_scan (they are
 * written together), so the partial index below holds the whole failure history of open versions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('finding_digest')
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('scan_id', 'integer', (c) => c.notNull().references('scan.id').onDelete('cascade'))
    .addColumn('digest', 'text')
    .addPrimaryKeyConstraint('finding_digest_pk', ['scope_key', 'rule_id'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema.createIndex('finding_digest_scan_idx').on('finding_digest').column('scan_id').execute();
  // The open versions of a scope that have a failure history (about a quarter in a typical
  // account). Narrow and appended to in order: it costs a first scan almost nothing.
  await sql`create index finding_open_failed_idx on finding (scope_key, last_scan) where first_failed_scan is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('finding_open_failed_idx').execute();
  await db.schema.dropTable('finding_digest').execute();
}
