import { severityRank, type Status } from '../core/types.js';
import type { Finding } from '../engine/finding.js';

const STATUS_ORDER: Readonly<Record<Status, number>> = Object.freeze({ FAIL: 0, ERROR: 1, PASS: 2, NOT_APPLICABLE: 3 });

/** Most important first: unmuted before muted, then by severity, then a stable identity order. */
export function byPriority(a: Finding, b: Finding): number {
  return Number(a.muted != null) - Number(b.muted != null) || severityRank(b.severity) - severityRank(a.severity) || byIdentity(a, b);
}

/** Failures first, then errors, passes and not applicable; within a status, by priority. */
export function byStatusThenPriority(a: Finding, b: Finding): number {
  return (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) || byPriority(a, b);
}

function byIdentity(a: Finding, b: Finding): number {
  return (
    a.ruleId.localeCompare(b.ruleId) ||
    a.resource.account.localeCompare(b.resource.account) ||
    a.resource.region.localeCompare(b.resource.region) ||
    a.resource.id.localeCompare(b.resource.id) ||
    (a.findingKey ?? '').localeCompare(b.findingKey ?? '')
  );
}

/**
 * The lifecycle state of a finding against the previous comparable scan (new, unchanged, resolved,
 * regressed...), when the scan carries one. Read defensively: older results have none, and the
 * field may be a plain state or an object with a `state`.
 */
export function lifecycleOf(finding: Finding): string | null {
  const value: unknown = (finding as unknown as Record<string, unknown>)['lifecycle'];
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const state: unknown = (value as Record<string, unknown>)['state'];
    if (typeof state === 'string') return state;
  }
  return null;
}
