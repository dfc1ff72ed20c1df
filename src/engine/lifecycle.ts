import type { Status } from '../core/types.js';
import type { Finding } from './finding.js';

/**
 * Where a finding stands against the previous comparable scan (same scope key):
 * - new: it fails now and never failed before in this scope (or, for a PASS or an ERROR, it was not
 *   in the previous scan);
 * - unchanged: same standing as in the previous scan (failing then and now, passing then and now);
 * - regressed: it fails now, did not fail in the previous scan, but failed at some earlier time;
 * - resolved: it failed in the previous scan and now passes (or is no longer reported for a
 *   resource that is still there);
 * - gone: it failed in the previous scan and its resource is no longer in the inventory;
 * - unknown: it failed in the previous scan and could not be assessed now (collection error): it
 *   is neither resolved nor gone, just not known.
 */
export const LIFECYCLE_STATES = ['new', 'unchanged', 'regressed', 'resolved', 'gone', 'unknown'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** A finding's history in its scope, attached when the scan was stored (and so compared). */
export interface FindingLifecycle {
  readonly state: LifecycleState;
  /** When this finding was first seen failing in this scope (collection time of that scan); null if it never failed. */
  readonly firstSeen: string | null;
  /** When it was last seen failing: this scan for a FAIL; null if it never failed. */
  readonly lastSeen: string | null;
}

/** How a stored scan compares with the previous scan of its scope. */
export interface ScanChanges {
  /** The scan compared with (the previous scan of the same scope); null for the first scan of a scope. */
  readonly previousScanId: number | null;
  /**
   * Failing findings by state: new, regressed and unchanged count the FAILs of this scan;
   * resolved, gone and unknown count the previous scan's failures that no longer fail here.
   */
  readonly counts: Readonly<Record<LifecycleState, number>>;
  /**
   * The previous scan's failures that are not in this scan at all, as they were then, with state
   * resolved (the resource is still there), gone (it is not) or unknown (its data failed to collect).
   */
  readonly absent: readonly Finding[];
}

/** What is known of a finding (same fingerprint) before the scan being classified. */
export interface Predecessor {
  /** Its status in the previous scan, or null when the previous scan did not have it. */
  readonly previous: { readonly status: Status; readonly knownFailing: boolean } | null;
  /** It failed in some scan before the previous one (or in the previous one). */
  readonly failedBefore: boolean;
}

const NO_HISTORY: Predecessor = Object.freeze({ previous: null, failedBefore: false });

/** Was the finding failing at the previous scan, as far as anyone knew (an ERROR keeps the last known answer)? */
export function wasFailing(p: Predecessor): boolean {
  const prev = p.previous;
  return prev !== null && (prev.status === 'FAIL' || (prev.status === 'ERROR' && prev.knownFailing));
}

/** The lifecycle state of a finding present in the scan, given what came before. */
export function lifecycleState(status: Status, predecessor: Predecessor = NO_HISTORY): LifecycleState {
  const failing = wasFailing(predecessor);
  const prev = predecessor.previous;
  switch (status) {
    case 'FAIL':
      if (failing) return 'unchanged';
      return predecessor.failedBefore ? 'regressed' : 'new';
    case 'ERROR':
      if (prev?.status === 'FAIL') return 'unknown';
      return prev?.status === 'ERROR' ? 'unchanged' : 'new';
    case 'PASS':
    case 'NOT_APPLICABLE':
      if (failing) return 'resolved';
      return prev === null ? 'new' : 'unchanged';
  }
}

/** For a FAIL of the scan, or an ERROR that hides one: does the knowledge "it fails" carry on? */
export function knownFailing(status: Status, predecessor: Predecessor = NO_HISTORY): boolean {
  if (status === 'FAIL') return true;
  if (status === 'ERROR') return wasFailing(predecessor);
  return false;
}

/**
 * A previous failure missing from this scan: resolved when its resource is still there, unknown
 * when the resource's listing failed (an ERROR for the same rule over the resource's scope), gone
 * otherwise.
 */
export function absentState(resourceSeen: boolean, blockedByError: boolean): 'resolved' | 'gone' | 'unknown' {
  if (resourceSeen) return 'resolved';
  return blockedByError ? 'unknown' : 'gone';
}

/**
 * The key of the scope-wide ERROR the engine emits when a whole listing failed
 * (pseudo-resource `<provider>:<account>:<region>:<type>`): a finding with this key in a scan
 * means every resource of that type there was unseen.
 */
export function listingErrorKey(ruleId: string, resource: Finding['resource']): string {
  return `${ruleId}\u0000${resource.provider}:${resource.account}:${resource.region}:${resource.type}`;
}

/** The same key for a finding that is itself such an ERROR. */
export function errorFindingKey(finding: Pick<Finding, 'ruleId' | 'resource'>): string {
  return `${finding.ruleId}\u0000${finding.resource.id}`;
}

/** Counts with every state at zero. */
export function emptyCounts(): Record<LifecycleState, number> {
  return Object.fromEntries(LIFECYCLE_STATES.map((s) => [s, 0])) as Record<LifecycleState, number>;
}

/** Which findings --fail-on-new counts when comparing with the previous scan: failures that are new or regressed. */
export function isNewFailure(finding: Finding): boolean {
  return finding.status === 'FAIL' && (finding.lifecycle === undefined || finding.lifecycle.state === 'new' || finding.lifecycle.state === 'regressed');
}
