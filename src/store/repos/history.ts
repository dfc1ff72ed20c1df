import type { Kysely } from 'kysely';
import { SEVERITIES, type Severity } from '../../core/types.js';
import type { LifecycleState } from '../../engine/lifecycle.js';
import type { Database, Scan } from '../schema.js';

/** A stored scan's row, or undefined. */
export function getScan(db: Kysely<Database>, id: number): Promise<Scan | undefined> {
  return db.selectFrom('scan').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest stored scan, or undefined. */
export function latestScan(db: Kysely<Database>): Promise<Scan | undefined> {
  return db.selectFrom('scan').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** The newest scan of a scope (optionally before a given scan id). */
export function latestOfScope(db: Kysely<Database>, scopeKey: string, beforeId?: number): Promise<Scan | undefined> {
  let query = db.selectFrom('scan').selectAll().where('scope_key', '=', scopeKey);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  return query.orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export function failingBySeverity(scan: Scan): Record<Severity, number> {
  return { critical: scan.failing_critical, high: scan.failing_high, medium: scan.failing_medium, low: scan.failing_low, info: scan.failing_info };
}

export function failingTotal(scan: Scan): number {
  return SEVERITIES.reduce((sum, s) => sum + failingBySeverity(scan)[s], 0);
}

/** The lifecycle counts stored with a scan, or null for scans stored before lifecycles existed. */
export function changeCounts(scan: Scan): Record<LifecycleState, number> | null {
  return scan.changes_json === null ? null : (JSON.parse(scan.changes_json) as Record<LifecycleState, number>);
}

export interface ComplianceScore {
  readonly frameworkId: string;
  readonly percent: number | null;
  readonly passed: number;
  readonly assessed: number;
}

export interface HistoryEntry {
  readonly scan: Scan;
  readonly compliance: readonly ComplianceScore[];
}

/** Stored scans newest first (optionally of one scope), with their compliance scores. */
export async function listHistory(db: Kysely<Database>, options: { limit: number; scopeKey?: string; upToId?: number }): Promise<HistoryEntry[]> {
  let query = db.selectFrom('scan').selectAll();
  if (options.scopeKey !== undefined) query = query.where('scope_key', '=', options.scopeKey);
  if (options.upToId !== undefined) query = query.where('id', '<=', options.upToId);
  const scans = await query.orderBy('id', 'desc').limit(options.limit).execute();
  if (scans.length === 0) return [];
  const scores = await db
    .selectFrom('compliance_summary')
    .select(['scan_id', 'framework_id', 'percent', 'passed', 'assessed'])
    .where(
      'scan_id',
      'in',
      scans.map((s) => s.id),
    )
    .orderBy('framework_id')
    .execute();
  const byScan = new Map<number, ComplianceScore[]>();
  for (const s of scores) {
    const list = byScan.get(s.scan_id) ?? [];
    list.push({ frameworkId: s.framework_id, percent: s.percent, passed: s.passed, assessed: s.assessed });
    byScan.set(s.scan_id, list);
  }
  return scans.map((scan) => ({ scan, compliance: byScan.get(scan.id) ?? [] }));
}

/** One stored scan as a point of a trend (the shape of report/types.ts HistoryPoint). */
export interface TrendPoint {
  readonly scanId: number;
  readonly finishedAt: string;
  readonly failingBySeverity: Readonly<Record<Severity, number>>;
  /** Overall score per framework id, null when nothing was assessed. */
  readonly compliance: Readonly<Record<string, number | null>>;
}

/** Scans of one scope up to and including `scanId`, oldest first, as trend points (for charts). */
export async function historyPoints(db: Kysely<Database>, scopeKey: string, scanId: number, limit = 90): Promise<TrendPoint[]> {
  const entries = await listHistory(db, { limit, scopeKey, upToId: scanId });
  return entries.reverse().map((e) => ({
    scanId: e.scan.id,
    finishedAt: e.scan.finished_at,
    failingBySeverity: failingBySeverity(e.scan),
    compliance: Object.fromEntries(e.compliance.map((c) => [c.frameworkId, c.percent])),
  }));
}
