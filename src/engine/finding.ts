import { hash } from 'node:crypto';
import type { Severity, Status } from '../core/types.js';
import type { ResourceRef } from '../resources/index.js';
import type { FindingLifecycle } from './lifecycle.js';

/** Why a finding is muted: a suppression entry with a reason (and maybe an expiry). */
export interface Mute {
  readonly reason: string;
  /** ISO date after which the entry stops muting, or null. */
  readonly expires: string | null;
  /** Where the entry came from: the mutelist file and line, e.g. 'mutelist.yaml:12'. */
  readonly source: string;
}

/** One rule's verdict on one resource (or one part of it, by findingKey). */
export interface Finding {
  readonly ruleId: string;
  readonly status: Status;
  readonly severity: Severity;
  readonly resource: ResourceRef;
  /** One sentence naming the resource and the reason; resource text inside is untrusted. */
  readonly message: string;
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly findingKey: string | null;
  /** Stable across scans: rule + resource + finding key, never time or message text. */
  readonly fingerprint: string;
  /** Set when a suppression applies: the finding is MUTED, kept and shown, but never gates. */
  readonly muted: Mute | null;
  /** New, unchanged, regressed, resolved... against the previous scan of the same scope; absent when the scan was not stored. */
  readonly lifecycle?: FindingLifecycle;
}

/**
 * sha256 over the identity of a finding, truncated to 128 bits (hex). Unit separators keep
 * ('a-b','c') and ('a','b-c') apart.
 */
export function fingerprintOf(ruleId: string, resourceId: string, findingKey: string | null): string {
  return hash('sha256', `${ruleId}\u001f${resourceId}\u001f${findingKey ?? ''}`, 'hex').slice(0, 32);
}

/**
 * The finding with its lifecycle attached: a literal in the same key order as the engine's, which
 * at 400k findings is over ten times faster than an object spread.
 */
export function withLifecycle(f: Finding, lifecycle: FindingLifecycle): Finding {
  return {
    ruleId: f.ruleId,
    status: f.status,
    severity: f.severity,
    resource: f.resource,
    message: f.message,
    evidence: f.evidence,
    findingKey: f.findingKey,
    fingerprint: f.fingerprint,
    muted: f.muted,
    lifecycle,
  };
}

/** A FAIL that is not muted: the only kind of finding that gates an exit code. */
export function isActiveFailure(finding: Finding): boolean {
  return finding.status === 'FAIL' && finding.muted === null;
}
