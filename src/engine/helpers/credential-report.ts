/**
 * The IAM credential report, read the way the CIS audit procedures read it. The report's cells hold
 * ISO dates or literals: 'N/A' (no such credential, or never used), 'no_information' (not used
 * since AWS began tracking, October 2014 for passwords and April 2015 for keys) and 'not_supported'
 * (the field does not apply, e.g. the root user's password rotation). Only real dates become dates;
 * everything else is "no recorded date", and the rules decide what that means for them.
 */
import type { CredentialReportRow, IamUser } from '../../resources/aws/index.js';
import { parseDate } from './dates.js';

const LITERALS = new Set(['n/a', 'no_information', 'not_supported', '']);

/** A report cell as a date; null for 'N/A', 'no_information', 'not_supported' and anything unparseable. */
export function reportDate(value: string): Date | null {
  if (LITERALS.has(value.trim().toLowerCase())) return null;
  return parseDate(value);
}

/** A report cell as a boolean ('true' / 'false'); null for 'not_supported' and other literals. */
export function reportFlag(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  return null;
}

export interface PasswordCredential {
  readonly enabled: boolean;
  /** Last sign-in with the password; null when never used or not used since tracking began. */
  readonly lastUsed: Date | null;
  /** When the password was set (password_last_changed), falling back to the user's creation. */
  readonly setAt: Date | null;
}

export interface KeyCredential {
  /** 'access key 1' / 'access key 2' from the report, or the access key id. */
  readonly label: string;
  readonly active: boolean;
  /** When the key was created or last rotated. */
  readonly issuedAt: Date | null;
  /** Last use; null when never used ('N/A') or unknown. */
  readonly lastUsed: Date | null;
  /** The raw last-used cell ('N/A' = never used), for evidence and for the initial-setup-key control. */
  readonly lastUsedRaw: string | null;
}

export interface UserCredentials {
  /** Where the facts come from: the credential report row (preferred, what CIS audits) or the IAM API. */
  readonly source: 'credential-report' | 'iam-api';
  readonly password: PasswordCredential;
  readonly mfaActive: boolean;
  readonly keys: readonly KeyCredential[];
}

/**
 * A user's console password, MFA and access keys. The credential report row is used when present (it
 * is what CIS audits and it is consistent in time); a user created after the report falls back to
 * the IAM API fields (login profile, MFA devices, ListAccessKeys + GetAccessKeyLastUsed).
 */
export function userCredentials(user: IamUser): UserCredentials {
  const row = user.credentialReport;
  if (row) return fromReport(row, parseDate(user.createDate));
  const created = parseDate(user.createDate);
  return {
    source: 'iam-api',
    password: { enabled: user.hasConsolePassword, lastUsed: parseDate(user.passwordLastUsed), setAt: created },
    mfaActive: user.mfaDevices.length > 0,
    keys: user.accessKeys.map((k) => ({
      label: k.accessKeyId,
      active: k.status === 'Active',
      issuedAt: parseDate(k.createDate),
      lastUsed: parseDate(k.lastUsedDate),
      lastUsedRaw: k.lastUsedDate ?? 'N/A',
    })),
  };
}

function fromReport(row: CredentialReportRow, created: Date | null): UserCredentials {
  const userCreated = reportDate(row.userCreationTime) ?? created;
  return {
    source: 'credential-report',
    password: {
      enabled: reportFlag(row.passwordEnabled) === true,
      lastUsed: reportDate(row.passwordLastUsed),
      setAt: reportDate(row.passwordLastChanged) ?? userCreated,
    },
    mfaActive: reportFlag(row.mfaActive) === true,
    keys: [
      {
        label: 'access key 1',
        active: reportFlag(row.accessKey1Active) === true,
        issuedAt: reportDate(row.accessKey1LastRotated) ?? userCreated,
        lastUsed: reportDate(row.accessKey1LastUsedDate),
        lastUsedRaw: row.accessKey1LastUsedDate,
      },
      {
        label: 'access key 2',
        active: reportFlag(row.accessKey2Active) === true,
        issuedAt: reportDate(row.accessKey2LastRotated) ?? userCreated,
        lastUsed: reportDate(row.accessKey2LastUsedDate),
        lastUsedRaw: row.accessKey2LastUsedDate,
      },
    ],
  };
}

/** The most recent use among the given dates (null when none is known). */
export function latest(dates: readonly (Date | null)[]): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (d !== null && (best === null || d > best)) best = d;
  return best;
}
