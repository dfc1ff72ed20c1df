import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * The history database, one interface per table (Kysely's source of truth). JSON columns are TEXT
 * holding JSON; booleans are INTEGER 0/1. Migrations in ./migrations are frozen copies of this shape.
 */
export interface Database {
  scan: ScanTable;
  finding: FindingTable;
  finding_digest: FindingDigestTable;
  collection_error: CollectionErrorTable;
  compliance_summary: ComplianceSummaryTable;
  compliance_result: ComplianceResultTable;
  anomaly_alert: AnomalyAlertTable;
  remediation_action: RemediationActionTable;
  baseline: BaselineTable;
  principal_profile: PrincipalProfileTable;
  anomaly_model_sample: AnomalyModelSampleTable;
  detection_state: DetectionStateTable;
}

export interface ScanTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string;
  collected_at: string;
  tool_version: string;
  source: string;
  /** Comma-separated providers, e.g. 'aws' or 'aws,azure'. */
  providers: string;
  scope_key: string;
  scopes_json: string;
  rules_json: string;
  filters_json: string;
  complete: number;
  resource_count: number;
  summary_json: string;
  /** Unmuted FAIL counts, kept as columns for fast history queries. */
  failing_critical: number;
  failing_high: number;
  failing_medium: number;
  failing_low: number;
  failing_info: number;
  /** The scan this one was compared with (previous scan of the same scope). */
  previous_scan_id: number | null;
  /** Lifecycle counts against it (JSON Record<LifecycleState, number>); null for scans stored before lifecycles. */
  changes_json: string | null;
}

/**
 * One version of a finding in one scope: the same fingerprint with the same content, valid for the
 * scans of `scope_key` from `first_scan` to `last_scan` (OPEN = Number.MAX_SAFE_INTEGER while it
 * is in the scope's latest scan). A scan writes rows only for what changed (repos/findings.ts).
 */
export interface FindingTable {
  id: Generated<number>;
  scope_key: string;
  first_scan: number;
  last_scan: number;
  fingerprint: string;
  /** The lifecycle state at `first_scan` ('new', 'regressed', 'resolved', ...); later scans see 'unchanged'. */
  state: string;
  /** 1 when FAIL, or ERROR hiding a failure known from before. */
  known_failing: number;
  /** First scan (id and collection time) in which this fingerprint failed in the scope. */
  first_failed_scan: number | null;
  first_failed_at: string | null;
  /** For versions that do not fail: when it last failed before them. */
  last_failed_at: string | null;
  rule_id: string;
  status: string;
  severity: string;
  resource_id: string;
  resource_type: string;
  resource_name: string;
  provider: string;
  account: string;
  region: string;
  message: string;
  evidence_json: string;
  finding_key: string | null;
  muted_json: string | null;
}

/**
 * One row per rule with open versions in a scope, as left by scan `scan_id` (valid only while that
 * scan is the latest of the scope): the digest of those versions (every fingerprint and its
 * content, in canonical order), or null when the rule changed in that scan and was not hashed.
 */
export interface FindingDigestTable {
  scope_key: string;
  rule_id: string;
  scan_id: number;
  digest: string | null;
}

/** The accepted scan of a scope, that --fail-on-new compares with. */
export interface BaselineTable {
  scope_key: string;
  scan_id: number;
  set_at: string;
}

export interface CollectionErrorTable {
  id: Generated<number>;
  scan_id: number;
  ordinal: number;
  provider: string;
  collector: string;
  account: string;
  region: string;
  action: string;
  code: string;
  message: string;
  resource_types_json: string;
  resource_id: string | null;
  properties_json: string | null;
}

export interface ComplianceSummaryTable {
  scan_id: number;
  framework_id: string;
  framework_name: string;
  framework_version: string;
  provider: string;
  passed: number;
  assessed: number;
  /** Percentage with one decimal, or null when nothing was assessed. */
  percent: number | null;
  report_json: string;
}

export interface ComplianceResultTable {
  id: Generated<number>;
  scan_id: number;
  framework_id: string;
  control_id: string;
  section: string;
  status: string;
  passed: number;
  failed: number;
  errors: number;
  muted: number;
}

export interface AnomalyAlertTable {
  id: Generated<number>;
  created_at: string;
  updated_at: string;
  /** Same alert, same key: re-running detection on the same logs never duplicates alerts. */
  dedupe_key: string;
  detector_id: string;
  title: string;
  severity: string;
  /** 'open' | 'acknowledged' | 'closed' */
  status: ColumnType<string, string | undefined, string>;
  provider: string;
  account: string | null;
  region: string | null;
  principal: string | null;
  first_seen: string;
  last_seen: string;
  event_count: number;
  explanation: string;
  mitre_tactic: string | null;
  mitre_technique: string | null;
  evidence_json: string;
  status_reason: string | null;
  status_by: string | null;
  status_at: string | null;
}

export interface RemediationActionTable {
  id: Generated<number>;
  created_at: string;
  scan_id: number | null;
  rule_id: string;
  resource_id: string;
  provider: string;
  account: string;
  region: string;
  /** The API call, e.g. 's3:PutPublicAccessBlock'. */
  action: string;
  params_json: string;
  /** 'planned' | 'applied' | 'failed' | 'rejected' | 'verified' */
  status: string;
  before_json: string | null;
  after_json: string | null;
  actor: string;
  approved_by: string | null;
  error: string | null;
}

/** A principal's learned baseline for threat detection (src/detect/baseline.ts). */
export interface PrincipalProfileTable {
  principal_key: string;
  provider: string;
  principal_type: string;
  display: string;
  first_seen: string;
  last_seen: string;
  event_count: number;
  error_count: number;
  active_hours: number;
  /** {actions, regions, networks, userAgents, hours} */
  profile_json: string;
  updated_at: string;
}

/** One slot of the anomaly model's training sample (reservoir of principal-window features). */
export interface AnomalyModelSampleTable {
  slot: number;
  features_json: string;
}

/** Detection counters ('learned_windows', 'samples_seen', 'feature_version'). */
export interface DetectionStateTable {
  key: string;
  value: string;
}

export type Scan = Selectable<ScanTable>;
export type NewScan = Insertable<ScanTable>;
export type FindingRow = Selectable<FindingTable>;
export type NewFindingRow = Insertable<FindingTable>;
export type CollectionErrorRow = Selectable<CollectionErrorTable>;
export type NewCollectionErrorRow = Insertable<CollectionErrorTable>;
export type ComplianceSummaryRow = Selectable<ComplianceSummaryTable>;
export type ComplianceResultRow = Selectable<ComplianceResultTable>;
export type AnomalyAlert = Selectable<AnomalyAlertTable>;
export type NewAnomalyAlert = Insertable<AnomalyAlertTable>;
export type RemediationAction = Selectable<RemediationActionTable>;
export type NewRemediationAction = Insertable<RemediationActionTable>;
