import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/result.js';
import { ruleDocsUrl } from './links.js';
import { byStatusThenPriority, lifecycleOf } from './order.js';
import type { ReportContext, Reporter } from './types.js';

/** The columns, in order; one row per finding (every status, so a spreadsheet can pivot on it). */
export const CSV_COLUMNS = [
  'scan_id',
  'collected_at',
  'provider',
  'account',
  'region',
  'rule_id',
  'title',
  'severity',
  'status',
  'muted',
  'mute_reason',
  'mute_expires',
  'lifecycle',
  'resource_type',
  'resource_id',
  'resource_name',
  'message',
  'finding_key',
  'fingerprint',
  'remediation',
  'evidence',
  'docs_url',
] as const;

/**
 * `--format csv`: RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled), UTF-8 without BOM. Resource text is attacker-controlled and
 * spreadsheet apps execute formulas, so a cell starting with = + - @ (or a tab or carriage return)
 * gets a leading apostrophe (OWASP "CSV injection").
 */
export const csvReporter: Reporter = (result, ctx) => {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const f of [...(result.findings ?? [])].sort(byStatusThenPriority)) rows.push(row(result, f, ctx));
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
};

function row(result: ScanResult, f: Finding, ctx: ReportContext): string[] {
  const rule = ctx.rules.get(f.ruleId);
  return [
    result.scan?.id === null || result.scan?.id === undefined ? '' : String(result.scan.id),
    result.scan?.collectedAt ?? '',
    f.resource.provider,
    f.resource.account,
    f.resource.region,
    f.ruleId,
    rule?.title ?? '',
    f.severity,
    f.status,
    f.muted ? 'true' : 'false',
    f.muted?.reason ?? '',
    f.muted?.expires ?? '',
    lifecycleOf(f) ?? '',
    f.resource.type,
    f.resource.id,
    f.resource.name,
    f.message,
    f.findingKey ?? '',
    f.fingerprint,
    rule?.remediation.summary ?? '',
    JSON.stringify(f.evidence ?? {}),
    ruleDocsUrl(f.ruleId),
  ];
}

/** Neutralises spreadsheet formulas, then quotes per RFC 4180 when needed. */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
