import type { ComplianceReport } from '../compliance/evaluate.js';
import { SEVERITIES, STATUSES, type Severity, type Status } from '../core/types.js';
import type { CollectionError, InventoryScope } from '../inventory/types.js';
import type { Finding } from './finding.js';
import type { ScanChanges } from './lifecycle.js';

/** Bump with any incompatible change to the JSON report (docs/schemas/report-v1.schema.json). */
export const REPORT_SCHEMA_VERSION = 1;

export type ScanSource = 'live' | 'input' | 'demo';

export interface ScanMeta {
  /** Id in the history database; null when the scan was not stored. */
  readonly id: number | null;
  readonly toolVersion: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** When the evaluated inventory was collected. */
  readonly collectedAt: string;
  readonly source: ScanSource;
  readonly scopes: readonly InventoryScope[];
  /** False when collection errors left results partial (exit code 3). */
  readonly complete: boolean;
  /** Ids of the rules that ran. */
  readonly rules: readonly string[];
  /** The selection that narrowed the run, for comparing like with like. */
  readonly filters: { readonly checks: readonly string[] | null; readonly severity: readonly Severity[] | null };
  /** Stable key of provider + accounts + regions + rule selection: scans with equal keys are comparable. */
  readonly scopeKey: string;
  readonly resourceCount: number;
}

export interface ScanSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<Status, number>>;
  /** Unmuted FAIL findings per severity. */
  readonly failingBySeverity: Readonly<Record<Severity, number>>;
  readonly muted: number;
}

/** What a scan produced: the input of every reporter and what the store keeps. */
export interface ScanResult {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly scan: ScanMeta;
  readonly summary: ScanSummary;
  readonly findings: readonly Finding[];
  readonly errors: readonly CollectionError[];
  readonly compliance: readonly ComplianceReport[];
  /** How this scan compares with the previous scan of its scope; absent when the scan was not stored. */
  readonly changes?: ScanChanges;
}

export function summarize(findings: readonly Finding[]): ScanSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const failingBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let muted = 0;
  for (const finding of findings) {
    byStatus[finding.status]++;
    if (finding.status === 'FAIL') {
      if (finding.muted) muted++;
      else failingBySeverity[finding.severity]++;
    }
  }
  return { total: findings.length, byStatus, failingBySeverity, muted };
}
