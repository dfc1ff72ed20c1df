import { sql, type Kysely, type Transaction } from 'kysely';
import type { ComplianceReport } from '../../compliance/evaluate.js';
import type { Severity, Status } from '../../core/types.js';
import type { Finding, Mute } from '../../engine/finding.js';
import { REPORT_SCHEMA_VERSION, type ScanMeta, type ScanResult, type ScanSummary } from '../../engine/result.js';
import type { CollectionError } from '../../inventory/types.js';
import type { Provider } from '../../core/types.js';
import type { ResourceType } from '../../resources/index.js';
import type { Database, FindingRow, NewFindingRow, Scan } from '../schema.js';

/** Rows per INSERT: 17 columns × 500 stays far below SQLite's 32,766 bound parameters. */
const BATCH = 500;

/**
 * Stores a whole scan in one write transaction (BEGIN IMMEDIATE, so two writers queue on the busy
 * timeout instead of failing): either all of it is visible, or none. Returns the new scan id.
 */
export async function saveScan(db: Kysely<Database>, result: ScanResult): Promise<number> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const id = await insertScan(conn, result);
      await sql`commit`.execute(conn);
      return id;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

async function insertScan(db: Kysely<Database>, result: ScanResult): Promise<number> {
  const { scan, summary } = result;
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

  for (let start = 0; start < result.findings.length; start += BATCH) {
    const rows: NewFindingRow[] = result.findings.slice(start, start + BATCH).map((f, i) => findingRow(scanId, start + i, f));
    await db.insertInto('finding').values(rows).execute();
  }
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
  return scanId;
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

function findingRow(scanId: number, ordinal: number, f: Finding): NewFindingRow {
  return {
    scan_id: scanId,
    ordinal,
    fingerprint: f.fingerprint,
    rule_id: f.ruleId,
    status: f.status,
    severity: f.severity,
    resource_id: f.resource.id,
    resource_type: f.resource.type,
    resource_name: f.resource.name,
    provider: f.resource.provider,
    account: f.resource.account,
    region: f.resource.region,
    message: f.message,
    evidence_json: JSON.stringify(f.evidence),
    finding_key: f.findingKey,
    muted_json: f.muted === null ? null : JSON.stringify(f.muted),
  };
}

export function rowToFinding(row: FindingRow): Finding {
  return {
    ruleId: row.rule_id,
    status: row.status as Status,
    severity: row.severity as Severity,
    resource: {
      id: row.resource_id,
      type: row.resource_type as ResourceType,
      name: row.resource_name,
      provider: row.provider as Provider,
      account: row.account,
      region: row.region,
    },
    message: row.message,
    evidence: JSON.parse(row.evidence_json) as Record<string, unknown>,
    findingKey: row.finding_key,
    fingerprint: row.fingerprint,
    muted: row.muted_json === null ? null : (JSON.parse(row.muted_json) as Mute),
  };
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
  const findings = (await db.selectFrom('finding').selectAll().where('scan_id', '=', id).orderBy('ordinal').execute()).map(rowToFinding);
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
