import type { Kysely } from 'kysely';
import type { HistoryPoint } from '../report/types.js';
import type { Database } from '../store/schema.js';

/**
 * The stored scans of one scope up to (and including) a given scan, oldest first: the points of
 * the HTML report's trend. Reads only the per-severity columns and the compliance scores.
 */
export async function loadHistory(db: Kysely<Database>, options: { scopeKey: string; upToScanId: number; limit?: number }): Promise<HistoryPoint[]> {
  const rows = await db
    .selectFrom('scan')
    .select(['id', 'finished_at', 'failing_critical', 'failing_high', 'failing_medium', 'failing_low', 'failing_info'])
    .where('scope_key', '=', options.scopeKey)
    .where('id', '<=', options.upToScanId)
    .orderBy('id', 'desc')
    .limit(options.limit ?? 30)
    .execute();
  if (rows.length === 0) return [];
  const scores = await db
    .selectFrom('compliance_summary')
    .select(['scan_id', 'framework_id', 'percent'])
    .where(
      'scan_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.reverse().map((r) => ({
    scanId: r.id,
    finishedAt: r.finished_at,
    failingBySeverity: { critical: r.failing_critical, high: r.failing_high, medium: r.failing_medium, low: r.failing_low, info: r.failing_info },
    compliance: Object.fromEntries(scores.filter((s) => s.scan_id === r.id).map((s) => [s.framework_id, s.percent])),
  }));
}
