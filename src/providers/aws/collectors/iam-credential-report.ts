import type { CredentialReportRow } from '../../../resources/aws/index.js';

/** The credential report's name for the root user's row. */
export const ROOT_ACCOUNT_ROW = '<root_account>';

const COLUMNS: Readonly<Record<keyof CredentialReportRow, string>> = {
  user: 'user',
  arn: 'arn',
  userCreationTime: 'user_creation_time',
  passwordEnabled: 'password_enabled',
  passwordLastUsed: 'password_last_used',
  passwordLastChanged: 'password_last_changed',
  passwordNextRotation: 'password_next_rotation',
  mfaActive: 'mfa_active',
  accessKey1Active: 'access_key_1_active',
  accessKey1LastRotated: 'access_key_1_last_rotated',
  accessKey1LastUsedDate: 'access_key_1_last_used_date',
  accessKey2Active: 'access_key_2_active',
  accessKey2LastRotated: 'access_key_2_last_rotated',
  accessKey2LastUsedDate: 'access_key_2_last_used_date',
  cert1Active: 'cert_1_active',
  cert2Active: 'cert_2_active',
};

/**
 * Parses the IAM credential report (CSV, one row per user plus <root_account>), keeping AWS's raw
 * values ('N/A', 'no_information', 'not_supported', ISO dates). Keyed by user name. Throws a
 * SyntaxError when a column the model needs is missing.
 */
export function parseCredentialReport(csv: string): Map<string, CredentialReportRow> {
  const lines = csv.split(/\r?\n/).filter((l) => l.length > 0);
  const header = (lines[0] ?? '').split(',');
  const index = new Map(header.map((name, i) => [name, i]));
  const missing = Object.values(COLUMNS).filter((c) => !index.has(c));
  if (missing.length > 0) throw new SyntaxError(`credential report lacks column(s) ${missing.join(', ')}`);
  const rows = new Map<string, CredentialReportRow>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const row = Object.fromEntries(
      Object.entries(COLUMNS).map(([key, column]) => [key, cells[index.get(column) ?? -1] ?? '']),
    ) as unknown as CredentialReportRow;
    rows.set(row.user, row);
  }
  return rows;
}

/** A report date as an ISO string, or null for 'N/A', 'no_information', 'not_supported' and the like. */
export function reportDateOrNull(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value : null;
}
