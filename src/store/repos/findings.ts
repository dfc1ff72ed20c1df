import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Provider, Severity, Status } from '../../core/types.js';
import { withLifecycle, type Finding, type Mute } from '../../engine/finding.js';
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
import type { RowValues, TupleStream } from '../bulk.js';
import type { Database, FindingRow } from '../schema.js';
import { compareStrings } from '../../core/order.js';

/**
 * Finding history as versions: a `finding` row is one unchanged version of a finding (same
 * fingerprint, same content) in one scope, valid for the scans of that scope from `first_scan` to
 * `last_scan` (OPEN while it is in the scope's latest scan). Storing a scan writes only what
 * changed since the previous scan of its scope; reading scan X takes the rows whose span covers X.
 */
export const OPEN = Number.MAX_SAFE_INTEGER;

/** IN-list size for id and fingerprint look-ups (SQLite allows 32,766 bound parameters). */
const IN_BATCH = 5000;
/** Digest rows per INSERT (4 columns each). */
const DIGEST_BATCH = 1000;

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

/** The columns of a stored finding version, in the order `writeFindings` fills them. */
export const FINDING_COLUMNS = [
  'scope_key',
  'first_scan',
  'last_scan',
  'fingerprint',
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

/** The columns of a version that come from the finding itself: a change in any is a new version. */
export const CONTENT_COLUMNS = [
  'status',
  'severity',
  'message',
  'evidence_json',
  'resource_type',
  'resource_name',
  'provider',
  'account',
  'region',
  'finding_key',
  'muted_json',
] as const satisfies readonly (keyof FindingRow)[];

/** What is read of each open version: its identity and failure history, then its content. */
const OPEN_COLUMNS = ['id', 'fingerprint', 'known_failing', 'first_failed_scan', 'first_failed_at', 'last_failed_at', ...CONTENT_COLUMNS] as const;
const CONTENT_AT = 6;

/** What a scan keeps of the open version it matched: enough for the lifecycle, not the content. */
interface Matched {
  readonly id: number;
  readonly unchanged: boolean;
  readonly status: Status;
  readonly knownFailing: boolean;
  readonly firstFailedScan: number | null;
  readonly firstFailedAt: string | null;
  readonly lastFailedAt: string | null;
}

interface History {
  readonly firstFailedScan: number | null;
  readonly firstFailedAt: string | null;
  /** When it last failed, as far as this version knows. */
  readonly lastFailedAt: string | null;
}

/** Where `writeFindings` reads and writes: the Kysely view and the raw connection of one transaction. */
export interface FindingWriter {
  readonly db: Kysely<Database>;
  /** Streams a query's rows as tuples in `columns` order (raw better-sqlite3 on the same connection). */
  readonly stream: TupleStream;
  readonly insert: InsertRow;
}

/**
 * Stores a scan's findings as versions and computes their lifecycle against `previous` (the
 * latest scan of the same scope, read inside the caller's write transaction, so concurrent scans of
 * one scope queue and each compares with the one committed before it).
 *
 * A rule's findings are hashed (rangeDigest) when the previous scan left a digest for the rule:
 * with the same digest, the rule is unchanged as a whole and only the failure history of its
 * versions is read. The open versions of the other rules are streamed once and compared column by
 * column with the new findings, so a re-scan where little changed reads and writes little, and
 * holds no second copy of the scan in memory. Rules that change from scan to scan are not hashed.
 */
export async function writeFindings(
  writer: FindingWriter,
  scan: ScanPoint,
  previous: ScanPoint | null,
  ruleOrder: readonly string[],
  findings: readonly Finding[],
): Promise<WrittenFindings> {
  const { db, insert } = writer;
  const sorted = sortCanonical(findings, ruleOrder);
  const evidence: (string | undefined)[] = new Array<string | undefined>(sorted.length);
  const evidenceOf = (i: number): string => (evidence[i] ??= JSON.stringify((sorted[i] as Finding).evidence));

  // A rule whose findings hash the same as the digest the previous scan left is settled: every one
  // of its findings is unchanged, and its versions need not be read. Only rules left with a digest
  // are hashed up front; the first scan of a scope hashes nothing.
  const ranges = ruleRanges(sorted);
  const stored = previous === null ? new Map<string, string | null>() : await storedDigests(db, scan.scopeKey, previous.id);
  const digests = new Map<string, string>();
  const settled = new Uint8Array(sorted.length);
  const settledRules: string[] = [];
  for (const [ruleId, range] of ranges) {
    const before = stored.get(ruleId);
    if (before === undefined || before === null) continue;
    const digest = rangeDigest(sorted, range, evidenceOf);
    digests.set(ruleId, digest);
    if (digest !== before) continue;
    settledRules.push(ruleId);
    settled.fill(1, range.from, range.to);
    evidence.fill(undefined, range.from, range.to);
  }
  const carried = carriedHistory(writer, scan.scopeKey, settledRules);
  // The previous scan listed every rule it left versions of (with a digest or not): only the
  // unsettled ones are read, none at all on an unchanged re-scan.
  const unsettled = [...stored.keys()].filter((ruleId) => !settledRules.includes(ruleId));
  const changedRules = new Set<string>();

  const indexOf = new Map<string, number>();
  if (previous !== null) for (let i = 0; i < sorted.length; i++) if (settled[i] === 0) indexOf.set((sorted[i] as Finding).fingerprint, i);
  const matched: (Matched | undefined)[] = new Array<Matched | undefined>(sorted.length);
  const closeIds: number[] = [];
  const absentIds: number[] = [];
  let open = db.selectFrom('finding').select(OPEN_COLUMNS).where('scope_key', '=', scan.scopeKey).where('last_scan', '=', OPEN);
  if (stored.size > 0) open = open.where('rule_id', 'in', unsettled);
  const skip = previous === null || (stored.size > 0 && unsettled.length === 0);
  for (const row of skip ? [] : writer.stream(open, OPEN_COLUMNS)) {
    const [id, fingerprint, knownFailingNow, firstFailedScan, firstFailedAt, lastFailedAt, status] = row;
    const i = indexOf.get(fingerprint);
    if (i === undefined) {
      // Versions of the previous scan that did not carry over end there.
      closeIds.push(id);
      if (knownFailingNow === 1) absentIds.push(id);
      continue;
    }
    const unchanged = sameContent(row, CONTENT_AT, sorted[i] as Finding, evidenceOf(i));
    matched[i] = {
      id,
      unchanged,
      status: status as Status,
      knownFailing: knownFailingNow === 1,
      firstFailedScan,
      firstFailedAt,
      // A version failing through the previous scan last failed then.
      lastFailedAt: status === 'FAIL' ? (previous?.collectedAt ?? lastFailedAt) : lastFailedAt,
    };
    if (unchanged) evidence[i] = undefined;
    else closeIds.push(id);
  }
  const unknown: string[] = [];
  for (let i = 0; i < sorted.length; i++) if (matched[i] === undefined && settled[i] === 0) unknown.push((sorted[i] as Finding).fingerprint);
  const older = await historyOf(db, scan.scopeKey, unknown);

  const counts = emptyCounts();
  const out: Finding[] = new Array<Finding>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const finding = sorted[i] as Finding;
    if (settled[i] === 1) {
      const history = carried.get(finding.fingerprint);
      const lifecycle = lifecycleOf('unchanged', finding.status, history?.firstFailedAt ?? null, history?.lastFailedAt ?? null, scan.collectedAt);
      count(counts, 'unchanged', finding.status);
      out[i] = withLifecycle(finding, lifecycle);
      continue;
    }
    const row = matched[i];
    if (row?.unchanged) {
      // Same version as in the previous scan: nothing to write.
      const lifecycle = lifecycleOf('unchanged', finding.status, row.firstFailedAt, row.lastFailedAt, scan.collectedAt);
      count(counts, lifecycle.state, finding.status);
      out[i] = withLifecycle(finding, lifecycle);
      continue;
    }
    const history: History | undefined = row ?? older.get(finding.fingerprint);
    const predecessor: Predecessor = {
      previous: row ? { status: row.status, knownFailing: row.knownFailing } : null,
      failedBefore: history?.firstFailedScan !== null && history?.firstFailedScan !== undefined,
    };
    const state = lifecycleState(finding.status, predecessor);
    const failing = finding.status === 'FAIL';
    const firstFailedScan = history?.firstFailedScan ?? (failing ? scan.id : null);
    const firstFailedAt = history?.firstFailedAt ?? (failing ? scan.collectedAt : null);
    const lastFailedAt = failing ? scan.collectedAt : (history?.lastFailedAt ?? null);
    changedRules.add(finding.ruleId);
    const r = finding.resource;
    insert([
      scan.scopeKey,
      scan.id,
      OPEN,
      finding.fingerprint,
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
      evidenceOf(i),
      finding.findingKey,
      finding.muted === null ? null : JSON.stringify(finding.muted),
    ]);
    evidence[i] = undefined;
    const lifecycle = lifecycleOf(state, finding.status, firstFailedAt, lastFailedAt, scan.collectedAt);
    count(counts, state, finding.status);
    out[i] = withLifecycle(finding, lifecycle);
  }

  const lastOfPrevious = previous?.id;
  if (closeIds.length > 0) {
    if (lastOfPrevious === undefined) throw new Error(`scope ${scan.scopeKey} has current findings but no scan`);
    for (const ids of chunks(closeIds, IN_BATCH)) await db.updateTable('finding').set({ last_scan: lastOfPrevious }).where('id', 'in', ids).execute();
  }
  let absent: Finding[] = [];
  if (absentIds.length > 0) {
    const seenResources = new Set<string>();
    const errorKeys = new Set<string>();
    for (const f of sorted) {
      seenResources.add(f.resource.id);
      if (f.status === 'ERROR') errorKeys.add(errorFindingKey(f));
    }
    absent = absentFindings(await rowsById(db, absentIds), previous?.collectedAt ?? null, seenResources, errorKeys, ruleOrder);
  }
  for (const f of absent) counts[f.lifecycle?.state ?? 'gone']++;
  // Every rule with findings is listed; a digest is kept for the rules no version was inserted for
  // (a rule that changed now will likely change again, and is not hashed next time).
  const kept = new Map<string, string | null>();
  if (previous !== null) {
    for (const [ruleId, range] of ranges) kept.set(ruleId, changedRules.has(ruleId) ? null : (digests.get(ruleId) ?? rangeDigest(sorted, range, evidenceOf)));
  }
  await saveDigests(db, scan, kept);
  return { findings: out, changes: { previousScanId: previous?.id ?? null, counts, absent } };
}

/**
 * Does a stored version hold exactly this finding's content (everything but identity and
 * lifecycle)? `stored` holds the CONTENT_COLUMNS values from index `at` on.
 */
export function sameContent(stored: readonly unknown[], at: number, f: Finding, evidenceJson: string): boolean {
  const r = f.resource;
  return (
    stored[at] === f.status &&
    stored[at + 1] === f.severity &&
    stored[at + 2] === f.message &&
    stored[at + 3] === evidenceJson &&
    stored[at + 4] === r.type &&
    stored[at + 5] === r.name &&
    stored[at + 6] === r.provider &&
    stored[at + 7] === r.account &&
    stored[at + 8] === r.region &&
    stored[at + 9] === f.findingKey &&
    stored[at + 10] === (f.muted === null ? null : JSON.stringify(f.muted))
  );
}

/** Where each rule's findings are in canonical order: sorted[from] to sorted[to - 1]. */
interface Range {
  readonly from: number;
  readonly to: number;
}

function ruleRanges(sorted: readonly Finding[]): Map<string, Range> {
  const ranges = new Map<string, Range>();
  for (let from = 0; from < sorted.length;) {
    const ruleId = (sorted[from] as Finding).ruleId;
    if (ranges.has(ruleId)) throw new Error(`findings of ${ruleId} are not contiguous`);
    let to = from + 1;
    while (to < sorted.length && (sorted[to] as Finding).ruleId === ruleId) to++;
    ranges.set(ruleId, { from, to });
    from = to;
  }
  return ranges;
}

/**
 * sha256 over each finding of a range: fingerprint and content, in canonical order. Every
 * free-text value is length-prefixed (null is '~'), so no resource name can make two contents
 * hash alike.
 */
function rangeDigest(sorted: readonly Finding[], range: Range, evidenceOf: (i: number) => string): string {
  const hash = createHash('sha256');
  let buffered = '';
  for (let i = range.from; i < range.to; i++) {
    const f = sorted[i] as Finding;
    const r = f.resource;
    // The order of CONTENT_COLUMNS after the fingerprint; enum values need no length prefix.
    buffered += `${f.fingerprint}${f.status}|${f.severity}|${field(f.message)}${field(evidenceOf(i))}${field(r.type)}${field(r.name)}${r.provider}|${field(r.account)}${field(r.region)}${field(f.findingKey)}${field(f.muted === null ? null : JSON.stringify(f.muted))}`;
    // One native call per ~64 KiB, not per finding.
    if (buffered.length > 65_536) {
      hash.update(buffered);
      buffered = '';
    }
  }
  hash.update(buffered);
  return hash.digest('base64url');
}

/** The digest of each rule's findings (`sorted` in canonical order). */
export function ruleDigests(sorted: readonly Finding[], evidenceOf: (i: number) => string): Map<string, string> {
  return new Map([...ruleRanges(sorted)].map(([ruleId, range]) => [ruleId, rangeDigest(sorted, range, evidenceOf)]));
}

function field(value: string | null): string {
  return value === null ? '~' : `${value.length}:${value}`;
}

/** The digests the scope's latest scan left, if `previousId` is that scan (otherwise none apply). */
async function storedDigests(db: Kysely<Database>, scopeKey: string, previousId: number): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('finding_digest')
    .select(['rule_id', 'digest'])
    .where('scope_key', '=', scopeKey)
    .where('scan_id', '=', previousId)
    .execute();
  return new Map(rows.map((r) => [r.rule_id, r.digest]));
}

/** Replaces the scope's digests with this scan's. */
async function saveDigests(db: Kysely<Database>, scan: ScanPoint, digests: ReadonlyMap<string, string | null>): Promise<void> {
  await db.deleteFrom('finding_digest').where('scope_key', '=', scan.scopeKey).execute();
  const rows = [...digests].map(([ruleId, digest]) => ({ scope_key: scan.scopeKey, rule_id: ruleId, scan_id: scan.id, digest }));
  for (const batch of chunks(rows, DIGEST_BATCH)) await db.insertInto('finding_digest').values(batch).execute();
}

/** The failure history of the settled rules' open versions (only versions that have one). */
function carriedHistory(writer: FindingWriter, scopeKey: string, ruleIds: readonly string[]): Map<string, Omit<History, 'firstFailedScan'>> {
  const found = new Map<string, Omit<History, 'firstFailedScan'>>();
  const columns = ['fingerprint', 'first_failed_at', 'last_failed_at'] as const;
  for (const batch of chunks(ruleIds, IN_BATCH)) {
    const query = writer.db
      .selectFrom('finding')
      .select(columns)
      .where('scope_key', '=', scopeKey)
      .where('last_scan', '=', OPEN)
      .where('rule_id', 'in', batch)
      .where('first_failed_scan', 'is not', null);
    for (const [fingerprint, firstFailedAt, lastFailedAt] of writer.stream(query, columns)) found.set(fingerprint, { firstFailedAt, lastFailedAt });
  }
  return found;
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
    return withLifecycle(finding, { state, firstSeen: row.first_failed_at, lastSeen });
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
  return lifecycle ? withLifecycle(finding, lifecycle) : finding;
}

/**
 * One order for a scan's findings wherever they come from (evaluation or the store): by the scan's
 * rule order, then resource id, then finding key.
 */
export function sortCanonical(findings: readonly Finding[], ruleOrder: readonly string[]): Finding[] {
  const rank = ruleRank(ruleOrder);
  const order = (a: Finding, b: Finding): number =>
    (rank.get(a.ruleId) ?? Infinity) - (rank.get(b.ruleId) ?? Infinity) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.resource.id, b.resource.id) ||
    compareStrings(a.findingKey ?? '', b.findingKey ?? '');
  // The engine emits findings in this order already (rules in order, resources by id): one pass checks it.
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i++) sorted = order(findings[i - 1] as Finding, findings[i] as Finding) <= 0;
  return sorted ? [...findings] : [...findings].sort(order);
}

function sortRows<T extends Pick<FindingRow, 'rule_id' | 'resource_id' | 'finding_key'>>(rows: readonly T[], ruleOrder: readonly string[]): T[] {
  const rank = ruleRank(ruleOrder);
  return [...rows].sort(
    (a, b) =>
      (rank.get(a.rule_id) ?? Infinity) - (rank.get(b.rule_id) ?? Infinity) ||
      compareStrings(a.rule_id, b.rule_id) ||
      compareStrings(a.resource_id, b.resource_id) ||
      compareStrings(a.finding_key ?? '', b.finding_key ?? ''),
  );
}

function ruleRank(ruleOrder: readonly string[]): Map<string, number> {
  return new Map(ruleOrder.map((id, i) => [id, i]));
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

/**
 * The failure history of fingerprints not current in the scope (a resource that came back): from
 * the newest earlier version of each that ever failed. A fingerprint that never failed has none to
 * carry over, so only versions with a failure history are searched (a partial index holds them).
 */
async function historyOf(db: Kysely<Database>, scopeKey: string, fingerprints: readonly string[]): Promise<Map<string, History>> {
  const found = new Map<string, History>();
  if (fingerprints.length === 0) return found;
  const any = await db
    .selectFrom('finding')
    .select('id')
    .where('scope_key', '=', scopeKey)
    .where('last_scan', '<', OPEN)
    .where('first_failed_scan', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  if (!any) return found;
  for (const batch of chunks(fingerprints, IN_BATCH)) {
    const rows = await db
      .selectFrom('finding as f')
      .leftJoin('scan as s', 's.id', 'f.last_scan')
      .select(['f.id', 'f.fingerprint', 'f.status', 'f.first_failed_scan', 'f.first_failed_at', 'f.last_failed_at', 's.collected_at'])
      .where('f.fingerprint', 'in', batch)
      .where('f.first_failed_scan', 'is not', null)
      .where('f.scope_key', '=', scopeKey)
      .orderBy('f.id')
      .execute();
    for (const r of rows) {
      found.set(r.fingerprint, {
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
