/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and typed loosely (Kysely docs) */
import type { Kysely } from 'kysely';

/** Learned per-principal baselines and the anomaly model's training sample (threat detection). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('principal_profile')
    .addColumn('principal_key', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('principal_type', 'text', (c) => c.notNull())
    .addColumn('display', 'text', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('error_count', 'integer', (c) => c.notNull())
    .addColumn('active_hours', 'integer', (c) => c.notNull())
    .addColumn('profile_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('anomaly_model_sample')
    .addColumn('slot', 'integer', (c) => c.primaryKey())
    .addColumn('features_json', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('detection_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('anomaly_alert_last_seen_idx').on('anomaly_alert').columns(['last_seen']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('anomaly_alert_last_seen_idx').execute();
  for (const table of ['detection_state', 'anomaly_model_sample', 'principal_profile']) await db.schema.dropTable(table).execute();
}
