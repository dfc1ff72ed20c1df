import { createHash } from 'node:crypto';
import type { Provider, Severity } from '../core/types.js';
import type { AttackMapping } from './detector.js';
import type { CloudEvent } from './event.js';

export const ALERT_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** One event behind an alert, as shown and stored (never the whole record: it may hold secrets). */
export interface EventSummary {
  readonly id: string;
  readonly time: string;
  readonly action: string;
  readonly service: string;
  readonly principal: string;
  readonly sourceIp: string | null;
  readonly userAgent: string | null;
  readonly region: string | null;
  readonly errorCode: string | null;
  readonly resource: string | null;
}

/** A detection: what happened, who did it, why it matters (in plain words) and the events behind it. */
export interface Alert {
  /** Same behaviour on the same events, same key: re-running on the same logs never duplicates. */
  readonly dedupeKey: string;
  readonly detectorId: string;
  /** Which of the detector's messages explained it ('stopped', 'deleted'): the kind of behaviour. */
  readonly kind: string;
  readonly title: string;
  readonly severity: Severity;
  readonly provider: Provider;
  readonly account: string | null;
  readonly region: string | null;
  /** What a person reads ('user/alice'); principalKey is the stable identity. */
  readonly principal: string;
  readonly principalKey: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly eventCount: number;
  readonly explanation: string;
  readonly attack: readonly AttackMapping[];
  readonly evidence: {
    readonly events: readonly EventSummary[];
    readonly facts: Readonly<Record<string, unknown>>;
  };
}

/** An alert as stored, with its id and triage status. */
export interface StoredAlert extends Alert {
  readonly id: number;
  readonly status: AlertStatus;
  readonly statusReason: string | null;
  readonly statusBy: string | null;
  readonly statusAt: string | null;
  readonly createdAt: string;
}

export function summarizeEvent(e: CloudEvent): EventSummary {
  return {
    id: e.id,
    time: new Date(e.time).toISOString(),
    action: e.action,
    service: e.service,
    principal: e.principal.display,
    sourceIp: e.sourceIp,
    userAgent: e.userAgent,
    region: e.region,
    errorCode: e.errorCode,
    resource: e.resource,
  };
}

export function dedupeKeyOf(detectorId: string, key: string): string {
  return createHash('sha256').update(`${detectorId}\u0000${key}`).digest('hex').slice(0, 32);
}

/** ATT&CK as stored in the alert table's columns: 'Defense Evasion, Exfiltration' and 'T1562.007, T1048'. */
export function attackColumns(attack: readonly AttackMapping[], tacticName: (t: AttackMapping['tactic']) => string): { tactic: string; technique: string } {
  const uniq = (xs: string[]): string => [...new Set(xs)].join(', ');
  return { tactic: uniq(attack.map((a) => tacticName(a.tactic))), technique: uniq(attack.map((a) => a.technique)) };
}
