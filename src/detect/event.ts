import type { Provider } from '../core/types.js';

/**
 * The one event model for both clouds. Sources map CloudTrail records and Azure Activity Log
 * entries to it; detectors and baselines only ever read this shape. Unknown values are null.
 */
export interface CloudEvent {
  readonly provider: Provider;
  /** eventID (CloudTrail) or eventDataId / correlationId+operation (Azure): unique per record. */
  readonly id: string;
  /** Epoch milliseconds. */
  readonly time: number;
  /** AWS account (recipientAccountId) or Azure subscription id. */
  readonly account: string | null;
  readonly region: string | null;
  /** 'iam', 'cloudtrail', 'ec2' (AWS: eventSource without .amazonaws.com) or 'microsoft.authorization' (Azure, lower case). */
  readonly service: string;
  /** 'CreateAccessKey' (AWS eventName) or 'microsoft.authorization/roleassignments/write' (Azure, lower case). */
  readonly action: string;
  readonly principal: Principal;
  readonly sourceIp: string | null;
  readonly userAgent: string | null;
  /** True for read-only calls, false for writes, null when the source does not say. */
  readonly readOnly: boolean | null;
  /** Error code of a failed call ('AccessDenied', 'Client.UnauthorizedOperation', 'Failed'), null on success. */
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  /** AWS requestParameters / Azure properties.requestbody (parsed when it is JSON text). */
  readonly request: JsonRecord | null;
  /** AWS responseElements / Azure properties.responseBody. */
  readonly response: JsonRecord | null;
  /** AWS additionalEventData / Azure properties. */
  readonly additional: JsonRecord | null;
  /** The target resource id when the source names one (Azure resourceId, AWS resources[0].ARN). */
  readonly resource: string | null;
  /** AWS: the request came through this VPC endpoint. */
  readonly vpcEndpointId: string | null;
}

export type PrincipalType =
  | 'root'
  | 'iam-user'
  | 'assumed-role'
  | 'federated-user'
  | 'aws-service'
  | 'aws-account'
  | 'identity-center-user'
  | 'azure-user'
  | 'azure-service-principal'
  | 'unknown';

export interface Principal {
  /**
   * The stable identity baselines are kept for: the IAM user ARN, the role ARN (not the session),
   * the Azure object id / UPN / app id. Sessions of one role share one baseline.
   */
  readonly key: string;
  readonly type: PrincipalType;
  /** What a person reads: 'user/alice', 'role/deploy (session i-0abc)', 'alice@contoso.com'. */
  readonly display: string;
  /** The account the principal belongs to (may differ from the event's account in cross-account access). */
  readonly accountId: string | null;
  /** AWS role session name or Azure application id. */
  readonly session: string | null;
  readonly accessKeyId: string | null;
  /** MFA used for this session / sign-in: true, false, or null when unknown. */
  readonly mfa: boolean | null;
  /** For EC2 instance-profile credentials, the instance id the credentials were delivered to. */
  readonly instanceId: string | null;
  /** The AWS service that made the call on the principal's behalf (invokedBy), if any. */
  readonly invokedBy: string | null;
}

export interface JsonRecord {
  readonly [key: string]: unknown;
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * Epoch milliseconds of a log timestamp: ISO 8601, also with a space for the 'T', more than three
 * fractional digits, or no zone (read as UTC, which is what cloud logs mean). NaN when unreadable.
 */
export function parseTime(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  const exact = exactUtcSeconds(value);
  if (exact !== undefined) return exact;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim());
  if (!m) return Date.parse(value);
  const fraction = m[3] ? m[3].slice(0, 4) : '';
  return Date.parse(`${m[1]}T${m[2]}${fraction}${m[4] ?? 'Z'}`);
}

/** Start of each UTC day seen (Date.parse of the date alone), by YYYYMMDD: CloudTrail times repeat days. */
const dayStarts = new Map<number, number>();

/**
 * `YYYY-MM-DDTHH:MM:SSZ` exactly, as CloudTrail writes eventTime, without Date.parse on every event:
 * the day's start (parsed once per day, so an impossible date is NaN as before) plus the time of
 * day. undefined for any other text, and for times Date.parse treats specially (24:00, :60).
 */
function exactUtcSeconds(v: string): number | undefined {
  if (v.length !== 20 || v.charCodeAt(4) !== 0x2d || v.charCodeAt(7) !== 0x2d || v.charCodeAt(10) !== 0x54) return undefined;
  if (v.charCodeAt(13) !== 0x3a || v.charCodeAt(16) !== 0x3a || v.charCodeAt(19) !== 0x5a) return undefined;
  const date = digits(v, 0, 4) * 10_000 + digits(v, 5, 2) * 100 + digits(v, 8, 2);
  const hours = digits(v, 11, 2);
  const minutes = digits(v, 14, 2);
  const seconds = digits(v, 17, 2);
  if (!(date >= 0 && hours <= 23 && minutes <= 59 && seconds <= 59)) return undefined; // NaN (not digits) fails too
  let start = dayStarts.get(date);
  if (start === undefined) {
    start = Date.parse(`${v.slice(0, 10)}T00:00:00Z`);
    if (dayStarts.size >= 4096) dayStarts.clear();
    dayStarts.set(date, start);
  }
  return start + hours * 3_600_000 + minutes * 60_000 + seconds * 1000;
}

/** The decimal number of `length` ASCII digits at `at`; NaN when one is not a digit. */
function digits(v: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = v.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Reads a nested property path of an unknown JSON value. */
export function pick(value: unknown, ...path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}
