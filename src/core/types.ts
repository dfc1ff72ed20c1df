/** Provider-neutral vocabulary shared by every layer. String-literal unions serialise straight to JSON and SQLite. */

export const PROVIDERS = ['aws', 'azure'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** Most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['PASS', 'FAIL', 'ERROR', 'NOT_APPLICABLE'] as const;
export type Status = (typeof STATUSES)[number];

const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.freeze({
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  info: 0,
});

/** Higher is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** True when `severity` is at or above `threshold`. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function isProvider(value: unknown): value is Provider {
  return typeof value === 'string' && (PROVIDERS as readonly string[]).includes(value);
}

/** JSON-compatible value, used for evidence and stored documents. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };
