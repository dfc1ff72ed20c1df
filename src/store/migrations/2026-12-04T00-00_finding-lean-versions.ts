/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and typed loosely (Kysely docs) */
import { sql, type Kysely } from 'kysely';

/**
 * Leaner finding versions, for scans of 100k+ findings:
 * - content_hash goes: a re-scan compares the open versions' columns with the new findings
 *   directly, which is exact and cheaper than hashing every finding;
 * - the fingerprint index keeps only versions with a failure history, the only ones a returning
 *   fingerprint inherits anything from (a quarter of the rows in a typical account, not all).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('finding_fingerprint_v2_idx').execute();
  await sql`create index finding_failed_fingerprint_idx on finding (fingerprint) where first_failed_scan is not null`.execute(db);
  await db.schema.alterTable('finding').dropColumn('content_hash').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // Empty hashes never match, so the next scan of each scope writes fresh versions.
  await db.schema
    .alterTable('finding')
    .addColumn('content_hash', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.dropIndex('finding_failed_fingerprint_idx').execute();
  await db.schema.createIndex('finding_fingerprint_v2_idx').on('finding').columns(['fingerprint']).execute();
}
