import type { Provider, Severity, Status } from '../core/types.js';
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/result.js';
import { PROJECT_URL, ruleDocsUrl } from './links.js';
import { byStatusThenPriority, lifecycleOf } from './order.js';
import { cloudPath } from './sarif-location.js';
import type { ReportContext, Reporter } from './types.js';

/** The OCSF schema version the events follow. */
export const OCSF_VERSION = '1.3.0';

/** Findings category (2), Detection Finding class (2004), activity Create (1): type_uid = 2004 × 100 + 1. */
const CATEGORY_UID = 2;
const CLASS_UID = 2004;
const ACTIVITY_CREATE = 1;

const SEVERITY_ID: Readonly<Record<Severity, { id: number; name: string }>> = Object.freeze({
  info: { id: 1, name: 'Informational' },
  low: { id: 2, name: 'Low' },
  medium: { id: 3, name: 'Medium' },
  high: { id: 4, name: 'High' },
  critical: { id: 5, name: 'Critical' },
});

/** OCSF account type ids: 10 AWS Account, 13 Azure Subscription. */
const ACCOUNT_TYPE: Readonly<Record<Provider, { id: number; name: string }>> = Object.freeze({
  aws: { id: 10, name: 'AWS Account' },
  azure: { id: 13, name: 'Azure Subscription' },
});

const CLOUD_PROVIDER: Readonly<Record<Provider, string>> = Object.freeze({ aws: 'AWS', azure: 'Azure' });

/** A subset of the OCSF Detection Finding class, as emitted. */
export interface OcsfDetectionFinding {
  readonly activity_id: number;
  readonly activity_name: string;
  readonly category_uid: number;
  readonly category_name: string;
  readonly class_uid: number;
  readonly class_name: string;
  readonly type_uid: number;
  readonly type_name: string;
  readonly severity_id: number;
  readonly severity: string;
  readonly time: number;
  readonly time_dt: string;
  readonly message: string;
  readonly status_id: number;
  readonly status: string;
  readonly status_code: Status;
  readonly status_detail: string;
  readonly metadata: Record<string, unknown>;
  readonly finding_info: Record<string, unknown>;
  readonly cloud: Record<string, unknown>;
  readonly resources: readonly Record<string, unknown>[];
  readonly remediation?: Record<string, unknown>;
  readonly evidences: readonly Record<string, unknown>[];
  readonly unmapped: Record<string, unknown>;
}

/**
 * `--format ocsf`: a JSON array of OCSF 1.3 Detection Finding events (class_uid 2004), one per
 * assessed finding (NOT_APPLICABLE left out), as Amazon Security Lake and Security Hub ingest them.
 * status_code carries PASS / FAIL / ERROR; status_id is the finding's workflow state:
 * FAIL → New (1), muted FAIL → Suppressed (3), PASS → Resolved (4), ERROR → Other (99, "Error").
 */
export const ocsfReporter: Reporter = (result, ctx) => {
  const events = [...(result.findings ?? [])]
    .filter((f) => f.status !== 'NOT_APPLICABLE')
    .sort(byStatusThenPriority)
    .map((f) => ocsfFinding(result, f, ctx));
  return `${JSON.stringify(events, null, 2)}\n`;
};

export function ocsfFinding(result: ScanResult, f: Finding, ctx: ReportContext): OcsfDetectionFinding {
  const rule = ctx.rules.get(f.ruleId);
  const timeIso = result.scan?.finishedAt ?? result.scan?.collectedAt ?? new Date(0).toISOString();
  const time = Date.parse(timeIso);
  const severity = SEVERITY_ID[f.severity];
  const status = workflowStatus(f);
  const scope = (result.scan?.scopes ?? []).find((s) => s.provider === f.resource.provider && s.account === f.resource.account);
  const account = {
    uid: f.resource.account,
    type_id: ACCOUNT_TYPE[f.resource.provider].id,
    type: ACCOUNT_TYPE[f.resource.provider].name,
    ...(scope?.displayName ? { name: scope.displayName } : {}),
  };
  const lifecycle = lifecycleOf(f);
  return {
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    category_uid: CATEGORY_UID,
    category_name: 'Findings',
    class_uid: CLASS_UID,
    class_name: 'Detection Finding',
    type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
    type_name: 'Detection Finding: Create',
    severity_id: severity.id,
    severity: severity.name,
    time,
    time_dt: new Date(time).toISOString(),
    message: f.message,
    status_id: status.id,
    status: status.name,
    status_code: f.status,
    status_detail: f.message,
    metadata: {
      version: OCSF_VERSION,
      product: { name: 'cspm', vendor_name: 'cspm', version: result.scan?.toolVersion ?? '', url_string: PROJECT_URL },
      profiles: ['cloud'],
      event_code: f.ruleId,
      uid: `${f.fingerprint}-${result.scan?.id ?? result.scan?.finishedAt ?? ''}`,
      ...(result.scan?.collectedAt ? { logged_time: Date.parse(result.scan.collectedAt) } : {}),
    },
    finding_info: {
      uid: f.fingerprint,
      title: rule?.title ?? f.ruleId,
      desc: rule?.description ?? f.message,
      types: ['Software and Configuration Checks', `${f.resource.provider}/${f.resource.type.split('.')[1] ?? ''}`],
      analytic: { uid: f.ruleId, name: f.ruleId, type_id: 1, type: 'Rule' },
      product_uid: 'cspm',
      src_url: ruleDocsUrl(f.ruleId),
      created_time: time,
    },
    cloud: { provider: CLOUD_PROVIDER[f.resource.provider], region: f.resource.region, account },
    resources: [
      {
        uid: f.resource.id,
        name: f.resource.name,
        type: f.resource.type,
        region: f.resource.region,
        ...(partitionOf(f.resource.id) ? { cloud_partition: partitionOf(f.resource.id) } : {}),
        data: { path: cloudPath(f.resource), findingKey: f.findingKey ?? null },
      },
    ],
    ...(rule
      ? {
          remediation: { desc: rule.remediation.summary, references: [ruleDocsUrl(f.ruleId), ...rule.references] },
        }
      : {}),
    evidences: [{ data: f.evidence ?? {} }],
    unmapped: {
      rule_id: f.ruleId,
      scan_id: result.scan?.id ?? null,
      scope_key: result.scan?.scopeKey ?? null,
      lifecycle,
      remediation_cli: rule?.remediation.cli ?? null,
      muted: f.muted ? { reason: f.muted.reason, expires: f.muted.expires ?? null, source: f.muted.source ?? null } : null,
    },
  };
}

function workflowStatus(f: Finding): { id: number; name: string } {
  if (f.status === 'FAIL') return f.muted ? { id: 3, name: 'Suppressed' } : { id: 1, name: 'New' };
  if (f.status === 'PASS') return { id: 4, name: 'Resolved' };
  return { id: 99, name: 'Error' };
}

function partitionOf(id: string): string | null {
  return id.startsWith('arn:') ? (id.split(':')[1] ?? null) : null;
}
