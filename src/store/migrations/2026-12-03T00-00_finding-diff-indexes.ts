/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and typed loosely (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Indexes for `cspm diff` of two scans of one scope: the versions that started between them
 * (scope_key, first_scan), and whether a resource is still seen (resource_id).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('finding_scope_first_idx').on('finding').columns(['scope_key', 'first_scan']).execute();
  await db.schema.createIndex('finding_resource_idx').on('finding').columns(['resource_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('finding_resource_idx').execute();
  await db.schema.dropIndex('finding_scope_first_idx').execute();
}
