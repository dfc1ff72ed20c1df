import { sql, type Kysely, type Transaction } from 'kysely';
import type { ComplianceReport } from '../../compliance/evaluate.js';
import type { ScanChanges } from '../../engine/lifecycle.js';
import { REPORT_SCHEMA_VERSION, type ScanMeta, type ScanResult, type ScanSummary } from '../../engine/result.js';
import type { CollectionError } from '../../inventory/types.js';
import type { Provider } from '../../core/types.js';
import type { ResourceType } from '../../resources/index.js';
import { preparedInsert, tupleStream } from '../bulk.js';
import type { Store } from '../db.js';
import type { Database, Scan } from '../schema.js';
import { FINDING_COLUMNS, readFindings, writeFindings } from './findings.js';

/** Rows per INSERT: 17 columns × 500 stays far below SQLite's 32,766 bound parameters. */
const BATCH = 500;

/**
 * Stores a whole scan in one write transaction (BEGIN IMMEDIATE, so two writers queue on the busy
 * timeout instead of failing): either all of it is visible, or none. Inside the same transaction it
 * compares the scan with the previous scan of its scope, so the result comes back with its id, each
 * finding's lifecycle and the changes (two concurrent scans of one scope each compare with the one
 * committed before them). Findings come back in the order `loadScan` reads them.
 */
export async function recordScan(store: Store, result: ScanResult): Promise<ScanResult> {
  return store.db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const recorded = await insertScan(conn, store.sqlite, result);
      await sql`commit`.execute(conn);
      return recorded;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

/** recordScan, returning only the new scan id. */
export async function saveScan(store: Store, result: ScanResult): Promise<number> {
  return (await recordScan(store, result)).scan.id as number;
}

async function insertScan(db: Kysely<Database>, sqlite: Store['sqlite'], result: ScanResult): Promise<ScanResult> {
  const { scan, summary } = result;
  const previous = await db
    .selectFrom('scan')
    .select(['id', 'collected_at'])
    .where('scope_key', '=', scan.scopeKey)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const inserted = await db
    .insertInto('scan')
    .values({
      started_at: scan.startedAt,
      finished_at: scan.finishedAt,
      collected_at: scan.collectedAt,
      tool_version: scan.toolVersion,
      source: scan.source,
      providers: [...new Set(scan.scopes.map((s) => s.provider))].sort().join(','),
      scope_key: scan.scopeKey,
      scopes_json: JSON.stringify(scan.scopes),
      rules_json: JSON.stringify(scan.rules),
      filters_json: JSON.stringify(scan.filters),
      complete: scan.complete ? 1 : 0,
      resource_count: scan.resourceCount,
      summary_json: JSON.stringify(summary),
      failing_critical: summary.failingBySeverity.critical,
      failing_high: summary.failingBySeverity.high,
      failing_medium: summary.failingBySeverity.medium,
      failing_low: summary.failingBySeverity.low,
      failing_info: summary.failingBySeverity.info,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const scanId = inserted.id;

  const point = { id: scanId, scopeKey: scan.scopeKey, collectedAt: scan.collectedAt };
  const prior = previous ? { id: previous.id, scopeKey: scan.scopeKey, collectedAt: previous.collected_at } : null;
  const writer = { db, stream: tupleStream(sqlite), insert: preparedInsert(db, sqlite, 'finding', FINDING_COLUMNS) };
  const { findings, changes } = await writeFindings(writer, point, prior, scan.rules, result.findings);
  await db
    .updateTable('scan')
    .set({ previous_scan_id: changes.previousScanId, changes_json: JSON.stringify(changes.counts) })
    .where('id', '=', scanId)
    .execute();
  for (let start = 0; start < result.errors.length; start += BATCH) {
    const rows = result.errors.slice(start, start + BATCH).map((e, i) => ({
      scan_id: scanId,
      ordinal: start + i,
      provider: e.provider,
      collector: e.collector,
      account: e.account,
      region: e.region,
      action: e.action,
      code: e.code,
      message: e.message,
      resource_types_json: JSON.stringify(e.resourceTypes),
      resource_id: e.resourceId,
      properties_json: e.properties === null ? null : JSON.stringify(e.properties),
    }));
    await db.insertInto('collection_error').values(rows).execute();
  }
  for (const report of result.compliance) await insertCompliance(db, scanId, report);
  return { ...result, scan: { ...scan, id: scanId }, findings, changes };
}

/** Stores (or replaces) one framework's compliance results for a scan. */
export async function insertCompliance(db: Kysely<Database>, scanId: number, report: ComplianceReport): Promise<void> {
  await db.deleteFrom('compliance_result').where('scan_id', '=', scanId).where('framework_id', '=', report.framework.id).execute();
  await db.deleteFrom('compliance_summary').where('scan_id', '=', scanId).where('framework_id', '=', report.framework.id).execute();
  await db
    .insertInto('compliance_summary')
    .values({
      scan_id: scanId,
      framework_id: report.framework.id,
      framework_name: report.framework.name,
      framework_version: report.framework.version,
      provider: report.framework.provider,
      passed: report.score.passed,
      assessed: report.score.assessed,
      percent: report.score.percent,
      report_json: JSON.stringify(report),
    })
    .execute();
  for (let start = 0; start < report.controls.length; start += BATCH) {
    const rows = report.controls.slice(start, start + BATCH).map((c) => ({
      scan_id: scanId,
      framework_id: report.framework.id,
      control_id: c.id,
      section: c.section,
      status: c.status,
      passed: c.passed,
      failed: c.failed,
      errors: c.errors,
      muted: c.muted,
    }));
    await db.insertInto('compliance_result').values(rows).execute();
  }
}

export function scanMetaFromRow(row: Scan): ScanMeta {
  return {
    id: row.id,
    toolVersion: row.tool_version,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    collectedAt: row.collected_at,
    source: row.source as ScanMeta['source'],
    scopes: JSON.parse(row.scopes_json) as ScanMeta['scopes'],
    complete: row.complete === 1,
    rules: JSON.parse(row.rules_json) as string[],
    filters: JSON.parse(row.filters_json) as ScanMeta['filters'],
    scopeKey: row.scope_key,
    resourceCount: row.resource_count,
  };
}

/** Reads a stored scan back into the ScanResult it was made from; undefined if there is no such scan. */
export async function loadScan(db: Kysely<Database>, id: number): Promise<ScanResult | undefined> {
  const row = await db.selectFrom('scan').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const previous =
    row.previous_scan_id === null ? undefined : await db.selectFrom('scan').select('collected_at').where('id', '=', row.previous_scan_id).executeTakeFirst();
  const counts = row.changes_json === null ? null : (JSON.parse(row.changes_json) as ScanChanges['counts']);
  const { findings, changes } = await readFindings(
    db,
    { id, scopeKey: row.scope_key, collectedAt: row.collected_at },
    JSON.parse(row.rules_json) as string[],
    counts === null
      ? null
      : {
          previous:
            row.previous_scan_id === null
              ? null
              : { id: row.previous_scan_id, scopeKey: row.scope_key, collectedAt: previous?.collected_at ?? row.collected_at },
          counts,
        },
  );
  const errors: CollectionError[] = (await db.selectFrom('collection_error').selectAll().where('scan_id', '=', id).orderBy('ordinal').execute()).map((e) => ({
    provider: e.provider as Provider,
    collector: e.collector,
    account: e.account,
    region: e.region,
    action: e.action,
    code: e.code,
    message: e.message,
    resourceTypes: JSON.parse(e.resource_types_json) as ResourceType[],
    resourceId: e.resource_id,
    properties: e.properties_json === null ? null : (JSON.parse(e.properties_json) as string[]),
  }));
  const compliance = (await db.selectFrom('compliance_summary').select('report_json').where('scan_id', '=', id).orderBy('framework_id').execute()).map(
    (c) => JSON.parse(c.report_json) as ComplianceReport,
  );
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    scan: scanMetaFromRow(row),
    summary: JSON.parse(row.summary_json) as ScanSummary,
    findings,
    errors,
    compliance,
    ...(changes ? { changes } : {}),
  };
}

export async function latestScanId(db: Kysely<Database> | Transaction<Database>): Promise<number | undefined> {
  const row = await db.selectFrom('scan').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.id;
}

/** Stored scans, newest first. */
export async function listScans(db: Kysely<Database>, options: { limit?: number } = {}): Promise<Scan[]> {
  return db
    .selectFrom('scan')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(options.limit ?? 50)
    .execute();
}
