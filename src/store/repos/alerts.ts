import { sql, type Kysely } from 'kysely';
import type { Severity } from '../../core/types.js';
import { ALERT_STATUSES, attackColumns, type Alert, type AlertStatus, type StoredAlert } from '../../detect/alert.js';
import { TACTICS, type AttackMapping } from '../../detect/detector.js';
import type { AnomalyAlert, Database } from '../schema.js';

export interface SaveAlertsResult {
  /** Alerts stored for the first time. */
  readonly inserted: number;
  /** Alerts already stored (same dedupe key): their time span and counts were widened. */
  readonly updated: number;
  /** The stored rows of every alert passed in, in the same order. */
  readonly stored: readonly StoredAlert[];
}

/**
 * Stores alerts in one transaction. The dedupe key is unique: an alert seen again (re-running on
 * the same or overlapping logs) widens its time span and event count but keeps its id and triage
 * status, so acknowledged alerts stay acknowledged.
 */
export async function saveAlerts(db: Kysely<Database>, alerts: readonly Alert[], now: Date): Promise<SaveAlertsResult> {
  const at = now.toISOString();
  return db.transaction().execute(async (tx) => {
    let inserted = 0;
    let updated = 0;
    for (const a of alerts) {
      const existing = await tx.selectFrom('anomaly_alert').select(['id']).where('dedupe_key', '=', a.dedupeKey).executeTakeFirst();
      if (existing) {
        await tx
          .updateTable('anomaly_alert')
          .set({
            first_seen: sql<string>`min(first_seen, ${a.firstSeen})`,
            last_seen: sql<string>`max(last_seen, ${a.lastSeen})`,
            event_count: sql<number>`max(event_count, ${a.eventCount})`,
          })
          .where('id', '=', existing.id)
          .execute();
        updated++;
        continue;
      }
      const columns = attackColumns(a.attack, (t) => TACTICS[t].name);
      await tx
        .insertInto('anomaly_alert')
        .values({
          created_at: at,
          updated_at: at,
          dedupe_key: a.dedupeKey,
          detector_id: a.detectorId,
          title: a.title,
          severity: a.severity,
          provider: a.provider,
          account: a.account,
          region: a.region,
          principal: a.principal,
          first_seen: a.firstSeen,
          last_seen: a.lastSeen,
          event_count: a.eventCount,
          explanation: a.explanation,
          mitre_tactic: columns.tactic,
          mitre_technique: columns.technique,
          evidence_json: JSON.stringify({ principalKey: a.principalKey, kind: a.kind, attack: a.attack, ...a.evidence }),
        })
        .execute();
      inserted++;
    }
    const keys = alerts.map((a) => a.dedupeKey);
    const rows = keys.length === 0 ? [] : await selectByKeys(tx, keys);
    const byKey = new Map(rows.map((r) => [r.dedupe_key, r]));
    const stored = alerts.map((a) => {
      const row = byKey.get(a.dedupeKey);
      if (!row) throw new Error(`alert ${a.dedupeKey} was not stored`);
      return fromRow(row);
    });
    return { inserted, updated, stored };
  });
}

async function selectByKeys(db: Kysely<Database>, keys: readonly string[]): Promise<AnomalyAlert[]> {
  const out: AnomalyAlert[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('anomaly_alert')
        .selectAll()
        .where('dedupe_key', 'in', keys.slice(i, i + 500))
        .execute()),
    );
  }
  return out;
}

export interface ListAlertsOptions {
  readonly status?: AlertStatus | null;
  readonly severities?: readonly Severity[] | null;
  readonly limit?: number;
}

/** Stored alerts, newest activity first. */
export async function listAlerts(db: Kysely<Database>, options: ListAlertsOptions = {}): Promise<StoredAlert[]> {
  let query = db.selectFrom('anomaly_alert').selectAll();
  if (options.status) query = query.where('status', '=', options.status);
  if (options.severities && options.severities.length > 0) query = query.where('severity', 'in', [...options.severities]);
  const rows = await query
    .orderBy('last_seen', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 1000)
    .execute();
  return rows.map(fromRow);
}

export async function getAlert(db: Kysely<Database>, id: number): Promise<StoredAlert | null> {
  const row = await db.selectFrom('anomaly_alert').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** Sets an alert's triage status with who and why; returns null when no alert has that id. */
export async function setAlertStatus(
  db: Kysely<Database>,
  id: number,
  change: { status: AlertStatus; reason: string; by: string; now: Date },
): Promise<StoredAlert | null> {
  const at = change.now.toISOString();
  const result = await db
    .updateTable('anomaly_alert')
    .set({ status: change.status, status_reason: change.reason, status_by: change.by, status_at: at, updated_at: at })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  return getAlert(db, id);
}

function fromRow(row: AnomalyAlert): StoredAlert {
  const evidence = JSON.parse(row.evidence_json) as {
    principalKey?: string;
    kind?: string;
    attack?: AttackMapping[];
    events?: StoredAlert['evidence']['events'];
    facts?: Record<string, unknown>;
  };
  return {
    id: row.id,
    status: (ALERT_STATUSES as readonly string[]).includes(row.status) ? (row.status as AlertStatus) : 'open',
    statusReason: row.status_reason,
    statusBy: row.status_by,
    statusAt: row.status_at,
    createdAt: row.created_at,
    dedupeKey: row.dedupe_key,
    detectorId: row.detector_id,
    kind: evidence.kind ?? '',
    title: row.title,
    severity: row.severity as Severity,
    provider: row.provider as StoredAlert['provider'],
    account: row.account,
    region: row.region,
    principal: row.principal ?? 'unknown',
    principalKey: evidence.principalKey ?? row.principal ?? 'unknown',
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    eventCount: row.event_count,
    explanation: row.explanation,
    attack: evidence.attack ?? [],
    evidence: { events: evidence.events ?? [], facts: evidence.facts ?? {} },
  };
}
