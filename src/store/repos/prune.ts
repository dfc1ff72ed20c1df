import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { chunks } from './findings.js';

export interface PruneOptions {
  /** Keep the newest N scans of each scope. */
  readonly keep?: number;
  /** Delete scans finished before this instant. */
  readonly before?: Date;
  /** Report what would go, change nothing. */
  readonly dryRun?: boolean;
}

export interface PruneResult {
  /** Scan ids deleted (or that would be), ascending. */
  readonly scans: readonly number[];
  /** Baseline scans that matched but were kept. */
  readonly keptBaselines: readonly number[];
  /** Finding versions deleted because no remaining scan uses them. */
  readonly findingRows: number;
}

/**
 * Deletes old scans and everything only they used, in one write transaction: their collection
 * errors and compliance results (by cascade), and the finding versions no remaining scan covers
 * (kept: versions a remaining scan needs to show what disappeared since its previous scan).
 * Baseline scans are never deleted.
 */
export async function pruneScans(db: Kysely<Database>, options: PruneOptions): Promise<PruneResult> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await prune(conn, options);
      await sql.raw(options.dryRun ? 'rollback' : 'commit').execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

async function prune(db: Kysely<Database>, options: PruneOptions): Promise<PruneResult> {
  const matched = new Set<number>();
  if (options.keep !== undefined) {
    const rows = await sql<{ id: number }>`
      select id from (select id, row_number() over (partition by scope_key order by id desc) as rn from scan) where rn > ${options.keep}`.execute(db);
    for (const r of rows.rows) matched.add(r.id);
  }
  if (options.before !== undefined) {
    const rows = await db.selectFrom('scan').select('id').where('finished_at', '<', options.before.toISOString()).execute();
    for (const r of rows) matched.add(r.id);
  }
  const baselines = new Set((await db.selectFrom('baseline').select('scan_id').execute()).map((r) => r.scan_id));
  const scans = [...matched].filter((id) => !baselines.has(id)).sort((a, b) => a - b);
  const keptBaselines = [...matched].filter((id) => baselines.has(id)).sort((a, b) => a - b);
  if (scans.length === 0) return { scans, keptBaselines, findingRows: 0 };

  for (const ids of chunks(scans, 5000)) await db.deleteFrom('scan').where('id', 'in', ids).execute();
  const deleted = await sql`
    delete from finding
    where not exists (select 1 from scan s where s.scope_key = finding.scope_key and s.id between finding.first_scan and finding.last_scan)
      and not exists (select 1 from scan n where n.scope_key = finding.scope_key and n.previous_scan_id = finding.last_scan)`.execute(db);
  return { scans, keptBaselines, findingRows: Number(deleted.numAffectedRows ?? 0n) };
}

/** Rebuilds the file to return freed pages to the disk (VACUUM), then truncates the WAL. */
export async function vacuum(db: Kysely<Database>): Promise<void> {
  await sql`vacuum`.execute(db);
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
}
