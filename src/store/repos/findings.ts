import { hash as digest } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Provider, Severity, Status } from '../../core/types.js';
import type { Finding, Mute } from '../../engine/finding.js';
import {
  absentState,
  emptyCounts,
  errorFindingKey,
  knownFailing,
  lifecycleState,
  listingErrorKey,
  type FindingLifecycle,
  type Predecessor,
  type ScanChanges,
} from '../../engine/lifecycle.js';
import type { ResourceType } from '../../resources/index.js';
import type { RowValues } from '../bulk.js';
import type { Database, FindingRow } from '../schema.js';

/**
 * Finding history as versions: a `finding` row is one unchanged version of a finding (same
 * fingerprint, same content) in one scope, valid for the scans of that scope from `first_scan` to
 * `last_scan` (OPEN while it is in the scope's latest scan). Storing a scan writes only what
 * changed since the previous scan of its scope; reading scan X takes the rows whose span covers X.
 */
export const OPEN = Number.MAX_SAFE_INTEGER;

/** IN-list size for id and fingerprint look-ups (SQLite allows 32,766 bound parameters). */
const IN_BATCH = 5000;

/** What a scan needs to know about itself to store or read its findings. */
export interface ScanPoint {
  readonly id: number;
  readonly scopeKey: string;
  readonly collectedAt: string;
}

export interface WrittenFindings {
  /** The scan's findings in canonical order, each with its lifecycle. */
  readonly findings: Finding[];
  readonly changes: ScanChanges;
}

/** The columns of a stored finding version, in the order `findingValues` fills them. */
export const FINDING_COLUMNS = [
  'scope_key',
  'first_scan',
  'last_scan',
  'fingerprint',
  'content_hash',
  'state',
  'known_failing',
  'first_failed_scan',
  'first_failed_at',
  'last_failed_at',
  'rule_id',
  'status',
  'severity',
  'resource_id',
  'resource_type',
  'resource_name',
  'provider',
  'account',
  'region',
  'message',
  'evidence_json',
  'finding_key',
  'muted_json',
] as const;

export type FindingValues = RowValues<'finding', typeof FINDING_COLUMNS>;
type InsertRow = (values: FindingValues) => void;

type OpenRow = Pick<
  FindingRow,
  'id' | 'fingerprint' | 'content_hash' | 'status' | 'known_failing' | 'first_failed_scan' | 'first_failed_at' | 'last_failed_at' | 'resource_id'
>;

interface History {
  readonly status: Status;
  readonly knownFailing: boolean;
  readonly firstFailedScan: number | null;
  readonly firstFailedAt: string | null;
  /** When it last failed, as far as this version knows. */
  readonly lastFailedAt: string | null;
}

/**
 * Stores a scan's findings as versions and computes their lifecycle against `previous` (the
 * latest scan of the same scope, read inside the caller's write transaction, so concurrent scans of
 * one scope queue and each compares with the one committed before it). `insert` writes one row
 * (a prepared statement on the same connection).
 */
export async function writeFindings(
  db: Kysely<Database>,
  insert: InsertRow,
  scan: ScanPoint,
  previous: ScanPoint | null,
  ruleOrder: readonly string[],
  findings: readonly Finding[],
): Promise<WrittenFindings> {
  const sorted = sortCanonical(findings, ruleOrder);
  const open = await db
    .selectFrom('finding')
    .select(['id', 'fingerprint', 'content_hash', 'status', 'known_failing', 'first_failed_scan', 'first_failed_at', 'last_failed_at', 'resource_id'])
    .where('scope_key', '=', scan.scopeKey)
    .where('last_scan', '=', OPEN)
    .execute();
  const openByFingerprint = new Map<string, OpenRow>(open.map((r) => [r.fingerprint, r]));

  const unknown = sorted.filter((f) => !openByFingerprint.has(f.fingerprint)).map((f) => f.fingerprint);
  const older = await historyOf(db, scan.scopeKey, unknown);

  const counts = emptyCounts();
  const closeIds: number[] = [];
  const out: Finding[] = [];
  const seenFingerprints = new Set<string>();
  const seenResources = new Set<string>();
  const errorKeys = new Set<string>();

  for (const finding of sorted) {
    const evidenceJson = JSON.stringify(finding.evidence);
    const mutedJson = finding.muted === null ? null : JSON.stringify(finding.muted);
    const hash = contentHash(finding, evidenceJson, mutedJson);
    seenFingerprints.add(finding.fingerprint);
    seenResources.add(finding.resource.id);
    if (finding.status === 'ERROR') errorKeys.add(errorFindingKey(finding));
    const row = openByFingerprint.get(finding.fingerprint);
    if (row && row.content_hash === hash) {
      // Same version as in the previous scan: nothing to write.
      const lifecycle = lifecycleOf('unchanged', finding.status, row.first_failed_at, row.last_failed_at, scan.collectedAt);
      count(counts, lifecycle.state, finding.status);
      out.push({ ...finding, lifecycle });
      continue;
    }
    if (row) closeIds.push(row.id);
    const history: History | undefined = row ? openHistory(row, previous) : older.get(finding.fingerprint);
    const predecessor: Predecessor = {
      previous: row ? { status: row.status as Status, knownFailing: row.known_failing === 1 } : null,
      failedBefore: history?.firstFailedScan !== null && history?.firstFailedScan !== undefined,
    };
    const state = lifecycleState(finding.status, predecessor);
    const failing = finding.status === 'FAIL';
    const firstFailedScan = history?.firstFailedScan ?? (failing ? scan.id : null);
    const firstFailedAt = history?.firstFailedAt ?? (failing ? scan.collectedAt : null);
    const lastFailedAt = failing ? scan.collectedAt : (history?.lastFailedAt ?? null);
    const r = finding.resource;
    insert([
      scan.scopeKey,
      scan.id,
      OPEN,
      finding.fingerprint,
      hash,
      state,
      knownFailing(finding.status, predecessor) ? 1 : 0,
      firstFailedScan,
      firstFailedAt,
      lastFailedAt,
      finding.ruleId,
      finding.status,
      finding.severity,
      r.id,
      r.type,
      r.name,
      r.provider,
      r.account,
      r.region,
      finding.message,
      evidenceJson,
      finding.findingKey,
      mutedJson,
    ]);
    const lifecycle = lifecycleOf(state, finding.status, firstFailedAt, lastFailedAt, scan.collectedAt);
    count(counts, state, finding.status);
    out.push({ ...finding, lifecycle });
  }

  // Versions of the previous scan that did not carry over end there.
  const absentIds: number[] = [];
  for (const row of open) {
    if (seenFingerprints.has(row.fingerprint)) continue;
    closeIds.push(row.id);
    if (row.known_failing === 1) absentIds.push(row.id);
  }
  const lastOfPrevious = previous?.id;
  if (closeIds.length > 0) {
    if (lastOfPrevious === undefined) throw new Error(`scope ${scan.scopeKey} has current findings but no scan`);
    for (const ids of chunks(closeIds, IN_BATCH)) await db.updateTable('finding').set({ last_scan: lastOfPrevious }).where('id', 'in', ids).execute();
  }
  const absent = absentFindings(await rowsById(db, absentIds), previous?.collectedAt ?? null, seenResources, errorKeys, ruleOrder);
  for (const f of absent) counts[f.lifecycle?.state ?? 'gone']++;
  return { findings: out, changes: { previousScanId: previous?.id ?? null, counts, absent } };
}

/** The findings of a stored scan, in canonical order; with lifecycle when the scan was stored with it. */
export async function readFindings(
  db: Kysely<Database>,
  scan: ScanPoint,
  ruleOrder: readonly string[],
  lifecycle: { readonly previous: ScanPoint | null; readonly counts: ScanChanges['counts'] } | null,
): Promise<{ findings: Finding[]; changes?: ScanChanges }> {
  const rows = await rowsOfScan(db, scan);
  const ordered = sortRows(rows, ruleOrder);
  if (!lifecycle) return { findings: ordered.map((r) => rowToFinding(r)) };
  const findings = ordered.map((r) =>
    rowToFinding(
      r,
      lifecycleOf(
        r.first_scan === scan.id ? (r.state as FindingLifecycle['state']) : 'unchanged',
        r.status as Status,
        r.first_failed_at,
        r.last_failed_at,
        scan.collectedAt,
      ),
    ),
  );
  let absent: Finding[] = [];
  const previous = lifecycle.previous;
  if (previous) {
    const fingerprints = new Set(rows.map((r) => r.fingerprint));
    const resources = new Set(rows.map((r) => r.resource_id));
    const errorKeys = new Set(rows.filter((r) => r.status === 'ERROR').map((r) => `${r.rule_id}\u0000${r.resource_id}`));
    const ended = await db
      .selectFrom('finding')
      .selectAll()
      .where('scope_key', '=', scan.scopeKey)
      .where('last_scan', '=', previous.id)
      .where('known_failing', '=', 1)
      .execute();
    absent = absentFindings(
      ended.filter((r) => !fingerprints.has(r.fingerprint)),
      previous.collectedAt,
      resources,
      errorKeys,
      ruleOrder,
    );
  }
  return { findings, changes: { previousScanId: previous?.id ?? null, counts: lifecycle.counts, absent } };
}

/** Every stored version covering a scan. */
export function rowsOfScan(db: Kysely<Database>, scan: Pick<ScanPoint, 'id' | 'scopeKey'>): Promise<FindingRow[]> {
  return db
    .selectFrom('finding')
    .selectAll()
    .where('scope_key', '=', scan.scopeKey)
    .where('last_scan', '>=', scan.id)
    .where('first_scan', '<=', scan.id)
    .execute();
}

/** The light columns of every version covering a scan (for diffs and gates). */
export function lightRowsOfScan(db: Kysely<Database>, scan: Pick<ScanPoint, 'id' | 'scopeKey'>) {
  return db
    .selectFrom('finding')
    .select(['id', 'fingerprint', 'status', 'known_failing', 'first_failed_scan', 'resource_id', 'rule_id'])
    .where('scope_key', '=', scan.scopeKey)
    .where('last_scan', '>=', scan.id)
    .where('first_scan', '<=', scan.id)
    .execute();
}

export type LightRow = Awaited<ReturnType<typeof lightRowsOfScan>>[number];

/** Full rows by id, in id order. */
export async function rowsById(db: Kysely<Database>, ids: readonly number[]): Promise<FindingRow[]> {
  const rows: FindingRow[] = [];
  for (const batch of chunks(ids, IN_BATCH)) rows.push(...(await db.selectFrom('finding').selectAll().where('id', 'in', batch).execute()));
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Findings failing in a previous scan and missing from this one, each marked resolved (its
 * resource is still seen), unknown (its listing failed now) or gone.
 */
export function absentFindings(
  rows: readonly FindingRow[],
  previousCollectedAt: string | null,
  resources: ReadonlySet<string>,
  errorKeys: ReadonlySet<string>,
  ruleOrder: readonly string[],
): Finding[] {
  return sortRows(rows, ruleOrder).map((row) => {
    const finding = rowToFinding(row);
    const state = absentState(resources.has(row.resource_id), errorKeys.has(listingErrorKey(row.rule_id, finding.resource)));
    const lastSeen = row.status === 'FAIL' ? (previousCollectedAt ?? row.last_failed_at) : row.last_failed_at;
    return { ...finding, lifecycle: { state, firstSeen: row.first_failed_at, lastSeen } };
  });
}

export function rowToFinding(row: FindingRow, lifecycle?: FindingLifecycle): Finding {
  const finding: Finding = {
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
  return lifecycle ? { ...finding, lifecycle } : finding;
}

/**
 * One order for a scan's findings wherever they come from (evaluation or the store): by the scan's
 * rule order, then resource id, then finding key.
 */
export function sortCanonical(findings: readonly Finding[], ruleOrder: readonly string[]): Finding[] {
  const rank = ruleRank(ruleOrder);
  return [...findings].sort(
    (a, b) =>
      (rank.get(a.ruleId) ?? Infinity) - (rank.get(b.ruleId) ?? Infinity) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.resource.id, b.resource.id) ||
      compare(a.findingKey ?? '', b.findingKey ?? ''),
  );
}

function sortRows<T extends Pick<FindingRow, 'rule_id' | 'resource_id' | 'finding_key'>>(rows: readonly T[], ruleOrder: readonly string[]): T[] {
  const rank = ruleRank(ruleOrder);
  return [...rows].sort(
    (a, b) =>
      (rank.get(a.rule_id) ?? Infinity) - (rank.get(b.rule_id) ?? Infinity) ||
      compare(a.rule_id, b.rule_id) ||
      compare(a.resource_id, b.resource_id) ||
      compare(a.finding_key ?? '', b.finding_key ?? ''),
  );
}

function ruleRank(ruleOrder: readonly string[]): Map<string, number> {
  return new Map(ruleOrder.map((id, i) => [id, i]));
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The columns of a version that come from the finding itself. */
export function contentColumns(f: Finding) {
  return {
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

/**
 * A finding's version: everything but its identity (the fingerprint) and its lifecycle. Callers
 * that also store the evidence pass its JSON so it is serialised once.
 */
export function contentHash(f: Finding, evidenceJson = JSON.stringify(f.evidence), mutedJson = f.muted === null ? null : JSON.stringify(f.muted)): string {
  const r = f.resource;
  const text = [f.status, f.severity, f.message, evidenceJson, r.type, r.name, r.provider, r.account, r.region, f.findingKey ?? '', mutedJson ?? ''].join(
    '\u001f',
  );
  return digest('sha256', text, 'base64url').slice(0, 16);
}

function lifecycleOf(
  state: FindingLifecycle['state'],
  status: Status,
  firstFailedAt: string | null,
  lastFailedAt: string | null,
  collectedAt: string,
): FindingLifecycle {
  return { state, firstSeen: firstFailedAt, lastSeen: status === 'FAIL' ? collectedAt : lastFailedAt };
}

function count(counts: Record<FindingLifecycle['state'], number>, state: FindingLifecycle['state'], status: Status): void {
  if (status === 'FAIL' || state === 'resolved' || state === 'unknown') counts[state]++;
}

function openHistory(row: OpenRow, previous: ScanPoint | null): History {
  return {
    status: row.status as Status,
    knownFailing: row.known_failing === 1,
    firstFailedScan: row.first_failed_scan,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.status === 'FAIL' ? (previous?.collectedAt ?? row.last_failed_at) : row.last_failed_at,
  };
}

/** The newest earlier version of each fingerprint no longer current in the scope (a resource that came back). */
async function historyOf(db: Kysely<Database>, scopeKey: string, fingerprints: readonly string[]): Promise<Map<string, History>> {
  const found = new Map<string, History>();
  if (fingerprints.length === 0) return found;
  const any = await db.selectFrom('finding').select('id').where('scope_key', '=', scopeKey).where('last_scan', '<', OPEN).limit(1).executeTakeFirst();
  if (!any) return found;
  for (const batch of chunks(fingerprints, IN_BATCH)) {
    const rows = await db
      .selectFrom('finding as f')
      .leftJoin('scan as s', 's.id', 'f.last_scan')
      .select(['f.id', 'f.fingerprint', 'f.status', 'f.known_failing', 'f.first_failed_scan', 'f.first_failed_at', 'f.last_failed_at', 's.collected_at'])
      .where('f.scope_key', '=', scopeKey)
      .where('f.fingerprint', 'in', batch)
      .orderBy('f.id')
      .execute();
    for (const r of rows) {
      found.set(r.fingerprint, {
        status: r.status as Status,
        knownFailing: r.known_failing === 1,
        firstFailedScan: r.first_failed_scan,
        firstFailedAt: r.first_failed_at,
        lastFailedAt: r.status === 'FAIL' ? (r.collected_at ?? r.last_failed_at) : r.last_failed_at,
      });
    }
  }
  return found;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
