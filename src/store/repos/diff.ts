import { sql, type Kysely } from 'kysely';
import type { Status } from '../../core/types.js';
import type { Finding } from '../../engine/finding.js';
import { lifecycleState, type LifecycleState } from '../../engine/lifecycle.js';
import type { InventoryScope } from '../../inventory/types.js';
import type { Database, FindingRow, Scan } from '../schema.js';
import { absentFindings, lightRowsOfScan, rowsById, rowToFinding, type LightRow } from './findings.js';

/** One side of a diff. */
export interface DiffScan {
  readonly id: number;
  readonly finishedAt: string;
  readonly collectedAt: string;
  readonly scopeKey: string;
  readonly scopes: readonly InventoryScope[];
  readonly complete: boolean;
  /** Unmuted FAIL findings. */
  readonly failing: number;
}

export type DiffState = Exclude<LifecycleState, 'unchanged'>;

/** What changed between two scans: failures that appeared, came back, went away or became unknown. */
export interface ScanDiff {
  readonly from: DiffScan;
  readonly to: DiffScan;
  /** Same scope key (provider, accounts, regions, rule selection): a like-for-like comparison. */
  readonly comparable: boolean;
  /** `unchanged` counts the failures of both scans. */
  readonly counts: Readonly<Record<LifecycleState, number>>;
  /** FAIL in `to`, not failing in `from`, never failed before it. */
  readonly new: readonly Finding[];
  /** FAIL in `to`, not failing in `from`, but failed before it. */
  readonly regressed: readonly Finding[];
  /** Failing in `from`; passing (or no longer reported on a resource still there) in `to`. */
  readonly resolved: readonly Finding[];
  /** Failing in `from`; its resource is not in `to`. */
  readonly gone: readonly Finding[];
  /** Failing in `from`; could not be assessed in `to` (collection error). */
  readonly unknown: readonly Finding[];
}

/**
 * Compares two stored scans by fingerprint. Reads only light columns of both scans, then the full
 * rows of what changed, so a diff of two 50,000-finding scans stays well under a second.
 */
export async function diffScans(db: Kysely<Database>, from: Scan, to: Scan): Promise<ScanDiff> {
  if (from.scope_key === to.scope_key && from.id < to.id) return diffWithinScope(db, from, to);
  return diffByFingerprint(db, from, to);
}

/** Any two scans, even of different scopes: every finding of both, matched by fingerprint. */
export async function diffByFingerprint(db: Kysely<Database>, from: Scan, to: Scan): Promise<ScanDiff> {
  const [a, b] = [await lightRowsOfScan(db, { id: from.id, scopeKey: from.scope_key }), await lightRowsOfScan(db, { id: to.id, scopeKey: to.scope_key })];
  const before = new Map<string, LightRow>(a.map((r) => [r.fingerprint, r]));
  const after = new Set<string>();
  const resources = new Set<string>();
  const errorKeys = new Set<string>();
  const picked = new Map<number, DiffState>();
  let unchanged = 0;
  for (const row of b) {
    after.add(row.fingerprint);
    resources.add(row.resource_id);
    if (row.status === 'ERROR') errorKeys.add(`${row.rule_id}\u0000${row.resource_id}`);
    const prev = before.get(row.fingerprint);
    const state = lifecycleState(row.status as Status, {
      previous: prev ? { status: prev.status as Status, knownFailing: prev.known_failing === 1 } : null,
      failedBefore: row.first_failed_scan !== null && row.first_failed_scan < from.id,
    });
    if (row.status === 'FAIL') {
      if (state === 'unchanged') unchanged++;
      else picked.set(row.id, state);
    } else if (state === 'resolved' || state === 'unknown') picked.set(row.id, state);
  }
  const absentIds = a.filter((r) => r.known_failing === 1 && !after.has(r.fingerprint)).map((r) => r.id);

  const ruleOrder = JSON.parse(to.rules_json) as string[];
  const lists: Record<DiffState, Finding[]> = { new: [], regressed: [], resolved: [], gone: [], unknown: [] };
  for (const row of await rowsById(db, [...picked.keys()])) {
    const state = picked.get(row.id);
    if (state === undefined) continue;
    lists[state].push(rowToFinding(row, { state, firstSeen: row.first_failed_at, lastSeen: row.status === 'FAIL' ? to.collected_at : row.last_failed_at }));
  }
  for (const f of absentFindings(await rowsById(db, absentIds), from.collected_at, resources, errorKeys, ruleOrder)) {
    lists[(f.lifecycle?.state ?? 'gone') as DiffState].push(f);
  }
  for (const list of Object.values(lists)) list.sort(bySeverityThenRule);
  return {
    from: side(from),
    to: side(to),
    comparable: from.scope_key === to.scope_key,
    counts: {
      new: lists.new.length,
      unchanged,
      regressed: lists.regressed.length,
      resolved: lists.resolved.length,
      gone: lists.gone.length,
      unknown: lists.unknown.length,
    },
    ...lists,
  };
}

/**
 * Two scans of one scope share every version that covers both; only versions that end between
 * them (only in `from`) or start between them (only in `to`) can differ, so only those are read.
 * A year of daily scans of 100,000 findings diffs by reading a few hundred rows.
 */
export async function diffWithinScope(db: Kysely<Database>, from: Scan, to: Scan): Promise<ScanDiff> {
  const scope = from.scope_key;
  const onlyFrom = (
    await sql<FindingRow>`select * from finding indexed by finding_scope_span_idx
      where scope_key = ${scope} and last_scan >= ${from.id} and last_scan < ${to.id} and first_scan <= ${from.id}`.execute(db)
  ).rows;
  // Without statistics SQLite would walk every current version through the last_scan index.
  const onlyTo = (
    await sql<FindingRow>`select * from finding indexed by finding_scope_first_idx
      where scope_key = ${scope} and first_scan > ${from.id} and first_scan <= ${to.id} and last_scan >= ${to.id}`.execute(db)
  ).rows;
  const before = new Map(onlyFrom.map((r) => [r.fingerprint, r]));
  const after = new Set(onlyTo.map((r) => r.fingerprint));
  const lists: Record<DiffState, Finding[]> = { new: [], regressed: [], resolved: [], gone: [], unknown: [] };
  let changedFailing = 0;
  for (const row of onlyTo) {
    const prev = before.get(row.fingerprint);
    const state = lifecycleState(row.status as Status, {
      previous: prev ? { status: prev.status as Status, knownFailing: prev.known_failing === 1 } : null,
      failedBefore: row.first_failed_scan !== null && row.first_failed_scan < from.id,
    });
    const lifecycle = { state, firstSeen: row.first_failed_at, lastSeen: row.status === 'FAIL' ? to.collected_at : row.last_failed_at };
    if (row.status === 'FAIL' && state !== 'unchanged') {
      lists[state as 'new' | 'regressed'].push(rowToFinding(row, lifecycle));
      changedFailing++;
    } else if (state === 'resolved' || state === 'unknown') lists[state].push(rowToFinding(row, lifecycle));
  }
  const absentRows = onlyFrom.filter((r) => r.known_failing === 1 && !after.has(r.fingerprint));
  // Is each absent finding's resource (or the listing-error pseudo-resource over it) still in `to`?
  const candidates = [...new Set(absentRows.flatMap((r) => [r.resource_id, `${r.provider}:${r.account}:${r.region}:${r.resource_type}`]))];
  const resources = new Set<string>();
  const errorKeys = new Set<string>();
  for (let i = 0; i < candidates.length; i += 5000) {
    const batch = candidates.slice(i, i + 5000);
    const present = await sql<
      Pick<FindingRow, 'resource_id' | 'rule_id' | 'status'>
    >`select resource_id, rule_id, status from finding indexed by finding_resource_idx
      where resource_id in (${sql.join(batch)}) and scope_key = ${scope} and first_scan <= ${to.id} and last_scan >= ${to.id}`.execute(db);
    for (const r of present.rows) {
      resources.add(r.resource_id);
      if (r.status === 'ERROR') errorKeys.add(`${r.rule_id}\u0000${r.resource_id}`);
    }
  }
  for (const f of absentFindings(absentRows, from.collected_at, resources, errorKeys, JSON.parse(to.rules_json) as string[])) {
    lists[(f.lifecycle?.state ?? 'gone') as DiffState].push(f);
  }
  for (const list of Object.values(lists)) list.sort(bySeverityThenRule);
  // Failures of `to` that also failed in `from`: every FAIL of `to` but the new and regressed ones.
  const failingTo = (JSON.parse(to.summary_json) as { byStatus: Record<Status, number> }).byStatus.FAIL;
  return {
    from: side(from),
    to: side(to),
    comparable: true,
    counts: {
      new: lists.new.length,
      unchanged: failingTo - changedFailing,
      regressed: lists.regressed.length,
      resolved: lists.resolved.length,
      gone: lists.gone.length,
      unknown: lists.unknown.length,
    },
    ...lists,
  };
}

function side(scan: Scan): DiffScan {
  return {
    id: scan.id,
    finishedAt: scan.finished_at,
    collectedAt: scan.collected_at,
    scopeKey: scan.scope_key,
    scopes: JSON.parse(scan.scopes_json) as InventoryScope[],
    complete: scan.complete === 1,
    failing: scan.failing_critical + scan.failing_high + scan.failing_medium + scan.failing_low + scan.failing_info,
  };
}

const RANK: Readonly<Record<string, number>> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

function bySeverityThenRule(a: Finding, b: Finding): number {
  return (
    (RANK[a.severity] ?? 9) - (RANK[b.severity] ?? 9) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.resource.id < b.resource.id ? -1 : a.resource.id > b.resource.id ? 1 : 0) ||
    (a.findingKey ?? '').localeCompare(b.findingKey ?? '')
  );
}
