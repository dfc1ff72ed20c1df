import type { Severity } from '../../core/types.js';
import type { StoredAlert } from '../alert.js';
import { TACTICS } from '../detector.js';
import type { AlertReporter } from './types.js';

/** OCSF 1.1 Detection Finding (class 2004), one per alert, as a JSON array. */
const SEVERITY_ID: Readonly<Record<Severity, number>> = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };
const STATUS_ID: Readonly<Record<StoredAlert['status'], number>> = { open: 1, acknowledged: 2, closed: 4 };
const STATUS_NAME: Readonly<Record<StoredAlert['status'], string>> = { open: 'New', acknowledged: 'In Progress', closed: 'Resolved' };

export function toOcsf(a: StoredAlert, version: string): Record<string, unknown> {
  const learned = a.detectorId.startsWith('baseline-');
  return {
    activity_id: 1,
    activity_name: 'Create',
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2004,
    class_name: 'Detection Finding',
    type_uid: 200401,
    type_name: 'Detection Finding: Create',
    severity_id: SEVERITY_ID[a.severity],
    severity: a.severity.charAt(0).toUpperCase() + a.severity.slice(1),
    status_id: STATUS_ID[a.status],
    status: STATUS_NAME[a.status],
    ...(a.statusReason ? { status_detail: a.statusReason } : {}),
    time: Date.parse(a.lastSeen),
    message: a.explanation,
    metadata: { version: '1.1.0', product: { name: 'cspm', vendor_name: 'cspm', version }, uid: a.dedupeKey },
    finding_info: {
      uid: a.dedupeKey,
      title: a.title,
      desc: a.explanation,
      created_time: Date.parse(a.createdAt),
      first_seen_time: Date.parse(a.firstSeen),
      last_seen_time: Date.parse(a.lastSeen),
      analytic: { uid: a.detectorId, name: a.detectorId, type_id: learned ? 4 : 1, type: learned ? 'Learning (ML/DL)' : 'Rule' },
      attacks: a.attack.map((m) => ({
        version: '15',
        tactic: { uid: TACTICS[m.tactic].id, name: TACTICS[m.tactic].name },
        technique: { uid: m.technique, name: m.name },
      })),
    },
    cloud: {
      provider: a.provider === 'aws' ? 'AWS' : 'Azure',
      ...(a.account ? { account: { uid: a.account } } : {}),
      ...(a.region ? { region: a.region } : {}),
    },
    actor: { user: { name: a.principal, uid: a.principalKey } },
    ...(a.evidence.events[0]?.sourceIp ? { src_endpoint: { ip: a.evidence.events[0].sourceIp } } : {}),
    evidences: a.evidence.events.map((e) => ({ data: e })),
    count: a.eventCount,
    unmapped: { cspm_alert_id: a.id, facts: a.evidence.facts },
  };
}

export const alertOcsf: AlertReporter = (alerts, _summary, ctx) =>
  `${JSON.stringify(
    alerts.map((a) => toOcsf(a, ctx.toolVersion)),
    null,
    2,
  )}\n`;
