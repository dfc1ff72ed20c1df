/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and typed loosely (Kysely docs) */
import { sql, type Kysely } from 'kysely';

/** last_scan of a finding row that is still current (present in the latest scan of its scope). */
const OPEN = 9007199254740991;

/**
 * Finding history without a row per finding per scan: a `finding` row is now one unchanged version
 * of a finding in a scope, valid from `first_scan` to `last_scan` (OPEN while current). A daily scan
 * of an unchanged account writes nothing per finding; a year of daily scans costs the first scan
 * plus the churn. Each row keeps the lifecycle the finding had when that version appeared (state,
 * first and last time seen failing). Scans gain the scan they were compared with and their change
 * counts; `baseline` names the accepted scan per scope for --fail-on-new.
 *
 * Existing rows become one-scan versions (the latest scan of each scope stays current); their
 * content_hash is empty, so the next scan of the scope writes fresh versions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table finding rename to finding_v1`.execute(db);
  await db.schema
    .createTable('finding')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('first_scan', 'integer', (c) => c.notNull())
    .addColumn('last_scan', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('known_failing', 'integer', (c) => c.notNull())
    .addColumn('first_failed_scan', 'integer')
    .addColumn('first_failed_at', 'text')
    .addColumn('last_failed_at', 'text')
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
  await sql`
    insert into finding (scope_key, first_scan, last_scan, fingerprint, content_hash, state, known_failing, first_failed_scan, first_failed_at,
      last_failed_at, rule_id, status, severity, resource_id, resource_type, resource_name, provider, account, region, message, evidence_json,
      finding_key, muted_json)
    select s.scope_key, f.scan_id,
      case when f.scan_id = (select max(id) from scan l where l.scope_key = s.scope_key) then ${sql.lit(OPEN)} else f.scan_id end,
      f.fingerprint, '', 'unchanged', case when f.status = 'FAIL' then 1 else 0 end,
      case when f.status = 'FAIL' then f.scan_id end, case when f.status = 'FAIL' then s.collected_at end,
      case when f.status = 'FAIL' then s.collected_at end,
      f.rule_id, f.status, f.severity, f.resource_id, f.resource_type, f.resource_name, f.provider, f.account, f.region, f.message, f.evidence_json,
      f.finding_key, f.muted_json
    from finding_v1 f join scan s on s.id = f.scan_id
    order by f.scan_id, f.ordinal`.execute(db);
  await db.schema.dropTable('finding_v1').execute();
  // Rows of a scan: last_scan >= id and first_scan <= id; current rows: last_scan = OPEN.
  await db.schema.createIndex('finding_scope_span_idx').on('finding').columns(['scope_key', 'last_scan', 'first_scan']).execute();
  await db.schema.createIndex('finding_fingerprint_v2_idx').on('finding').columns(['fingerprint']).execute();

  await db.schema.alterTable('scan').addColumn('previous_scan_id', 'integer').execute();
  await db.schema.alterTable('scan').addColumn('changes_json', 'text').execute();
  await db.schema.createIndex('scan_finished_idx').on('scan').columns(['finished_at']).execute();
  await db.schema.createIndex('scan_previous_idx').on('scan').columns(['scope_key', 'previous_scan_id']).execute();

  await db.schema
    .createTable('baseline')
    .addColumn('scope_key', 'text', (c) => c.primaryKey())
    .addColumn('scan_id', 'integer', (c) => c.notNull().references('scan.id').onDelete('cascade'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('baseline').execute();
  await db.schema.dropIndex('scan_previous_idx').execute();
  await db.schema.dropIndex('scan_finished_idx').execute();
  await db.schema.alterTable('scan').dropColumn('changes_json').execute();
  await db.schema.alterTable('scan').dropColumn('previous_scan_id').execute();
  await sql`alter table finding rename to finding_v2`.execute(db);
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
  await sql`
    insert into finding (scan_id, ordinal, fingerprint, rule_id, status, severity, resource_id, resource_type, resource_name, provider, account,
      region, message, evidence_json, finding_key, muted_json)
    select s.id, row_number() over (partition by s.id order by f.id) - 1, f.fingerprint, f.rule_id, f.status, f.severity, f.resource_id,
      f.resource_type, f.resource_name, f.provider, f.account, f.region, f.message, f.evidence_json, f.finding_key, f.muted_json
    from finding_v2 f join scan s on s.scope_key = f.scope_key and s.id between f.first_scan and f.last_scan`.execute(db);
  await db.schema.dropTable('finding_v2').execute();
  await db.schema.createIndex('finding_scan_idx').on('finding').columns(['scan_id', 'ordinal']).execute();
  await db.schema.createIndex('finding_fingerprint_idx').on('finding').columns(['fingerprint', 'scan_id']).execute();
}
