import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { lightRowsOfScan } from './findings.js';

/** The accepted scan of a scope, that --fail-on-new compares with (`cspm baseline set`). */
export interface ScanBaseline {
  readonly scopeKey: string;
  readonly scanId: number;
  readonly setAt: string;
}

/** Makes a scan the accepted baseline of its scope (replacing any earlier one). */
export async function setBaseline(db: Kysely<Database>, scanId: number, scopeKey: string, now: Date): Promise<void> {
  await db
    .insertInto('baseline')
    .values({ scope_key: scopeKey, scan_id: scanId, set_at: now.toISOString() })
    .onConflict((oc) => oc.column('scope_key').doUpdateSet({ scan_id: scanId, set_at: now.toISOString() }))
    .execute();
}

export async function getBaseline(db: Kysely<Database>, scopeKey: string): Promise<ScanBaseline | undefined> {
  const row = await db.selectFrom('baseline').selectAll().where('scope_key', '=', scopeKey).executeTakeFirst();
  return row ? { scopeKey: row.scope_key, scanId: row.scan_id, setAt: row.set_at } : undefined;
}

export async function listBaselines(db: Kysely<Database>): Promise<ScanBaseline[]> {
  const rows = await db.selectFrom('baseline').selectAll().orderBy('scan_id').execute();
  return rows.map((row) => ({ scopeKey: row.scope_key, scanId: row.scan_id, setAt: row.set_at }));
}

/** Removes the baseline of a scope; false when there was none. */
export async function clearBaseline(db: Kysely<Database>, scopeKey: string): Promise<boolean> {
  const result = await db.deleteFrom('baseline').where('scope_key', '=', scopeKey).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Fingerprints failing (or known failing behind an ERROR) in a stored scan. */
export async function failingFingerprints(db: Kysely<Database>, scan: { id: number; scopeKey: string }): Promise<Set<string>> {
  const rows = await lightRowsOfScan(db, scan);
  return new Set(rows.filter((r) => r.known_failing === 1).map((r) => r.fingerprint));
}
