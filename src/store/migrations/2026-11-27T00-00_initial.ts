/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and typed loosely (Kysely docs) */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scan')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('collected_at', 'text', (c) => c.notNull())
    .addColumn('tool_version', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('providers', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('scopes_json', 'text', (c) => c.notNull())
    .addColumn('rules_json', 'text', (c) => c.notNull())
    .addColumn('filters_json', 'text', (c) => c.notNull())
    .addColumn('complete', 'integer', (c) => c.notNull())
    .addColumn('resource_count', 'integer', (c) => c.notNull())
    .addColumn('summary_json', 'text', (c) => c.notNull())
    .addColumn('failing_critical', 'integer', (c) => c.notNull())
    .addColumn('failing_high', 'integer', (c) => c.notNull())
    .addColumn('failing_medium', 'integer', (c) => c.notNull())
    .addColumn('failing_low', 'integer', (c) => c.notNull())
    .addColumn('failing_info', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('scan_scope_key_idx').on('scan').columns(['scope_key', 'id']).execute();

  await db.schema
    .createTable('finding')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('scan_id', 'integer', (c) => c.notNull().references('scan.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('evidence_json', 'text', (c) => c.notNull())
    .addColumn('finding_key', 'text')
    .addColumn('muted_json', 'text')
    .execute();
  await db.schema.createIndex('finding_scan_idx').on('finding').columns(['scan_id', 'ordinal']).execute();
  await db.schema.createIndex('finding_fingerprint_idx').on('finding').columns(['fingerprint', 'scan_id']).execute();

  await db.schema
    .createTable('collection_error')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('scan_id', 'integer', (c) => c.notNull().references('scan.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('collector', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('resource_types_json', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('properties_json', 'text')
    .execute();
  await db.schema.createIndex('collection_error_scan_idx').on('collection_error').columns(['scan_id', 'ordinal']).execute();

  await db.schema
    .createTable('compliance_summary')
    .addColumn('scan_id', 'integer', (c) => c.notNull().references('scan.id').onDelete('cascade'))
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('framework_name', 'text', (c) => c.notNull())
    .addColumn('framework_version', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('assessed', 'integer', (c) => c.notNull())
    .addColumn('percent', 'real')
    .addColumn('report_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('compliance_summary_pk', ['scan_id', 'framework_id'])
    .execute();

  await db.schema
    .createTable('compliance_result')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('scan_id', 'integer', (c) => c.notNull().references('scan.id').onDelete('cascade'))
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('control_id', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('failed', 'integer', (c) => c.notNull())
    .addColumn('errors', 'integer', (c) => c.notNull())
    .addColumn('muted', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('compliance_result_scan_idx').on('compliance_result').columns(['scan_id', 'framework_id']).execute();

  await db.schema
    .createTable('anomaly_alert')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('detector_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account', 'text')
    .addColumn('region', 'text')
    .addColumn('principal', 'text')
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('mitre_tactic', 'text')
    .addColumn('mitre_technique', 'text')
    .addColumn('evidence_json', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('status_by', 'text')
    .addColumn('status_at', 'text')
    .execute();
  await db.schema.createIndex('anomaly_alert_status_idx').on('anomaly_alert').columns(['status', 'severity']).execute();

  await db.schema
    .createTable('remediation_action')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('scan_id', 'integer', (c) => c.references('scan.id').onDelete('set null'))
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('params_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('error', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['remediation_action', 'anomaly_alert', 'compliance_result', 'compliance_summary', 'collection_error', 'finding', 'scan']) {
    await db.schema.dropTable(table).execute();
  }
}
