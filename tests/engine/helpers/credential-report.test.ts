import { describe, expect, it } from '@jest/globals';
import { latest, reportDate, reportFlag, userCredentials } from '../../../src/engine/helpers/credential-report.js';
import { daysBetween, olderThan, parseDate } from '../../../src/engine/helpers/dates.js';
import { credentialReportRow, iamUser } from '../../fixtures/aws/index.js';

describe('credential report cells', () => {
  it.each([['N/A'], ['no_information'], ['not_supported'], [''], ['garbage']])('%s is not a date', (value) => {
    expect(reportDate(value)).toBeNull();
  });

  it('parses ISO dates with offsets', () => {
    expect(reportDate('2026-10-30T08:12:00+00:00')?.toISOString()).toBe('2026-10-30T08:12:00.000Z');
  });

  it('reads true/false and nothing else as flags', () => {
    expect([reportFlag('true'), reportFlag('FALSE'), reportFlag('not_supported'), reportFlag('N/A')]).toEqual([true, false, null, null]);
  });
});

describe('userCredentials', () => {
  it('prefers the credential report row', () => {
    const user = iamUser('alice', {
      hasConsolePassword: false,
      credentialReport: credentialReportRow('alice', { passwordLastUsed: 'no_information', accessKey2Active: 'true', accessKey2LastUsedDate: 'N/A' }),
    });
    const creds = userCredentials(user.properties);
    expect(creds.source).toBe('credential-report');
    expect(creds.password).toMatchObject({ enabled: true, lastUsed: null });
    expect(creds.keys.map((k) => [k.label, k.active, k.lastUsedRaw])).toEqual([
      ['access key 1', true, '2026-10-31T17:40:00+00:00'],
      ['access key 2', true, 'N/A'],
    ]);
  });

  it('falls back to the user creation time when a key was never rotated (N/A)', () => {
    const creds = userCredentials(iamUser('bob', { credentialReport: credentialReportRow('bob', { accessKey1LastRotated: 'N/A' }) }).properties);
    expect(creds.keys[0]?.issuedAt?.toISOString()).toBe('2025-01-10T10:00:00.000Z');
  });

  it('uses the IAM API fields for a user created after the report', () => {
    const creds = userCredentials(iamUser('carol', { credentialReport: null, mfaDevices: [] }).properties);
    expect(creds).toMatchObject({ source: 'iam-api', mfaActive: false, password: { enabled: true } });
    expect(creds.keys).toMatchObject([{ label: 'AKIAEXAMPLEKEY000001', active: true }]);
  });
});

describe('dates', () => {
  it('counts whole days and compares ages', () => {
    const now = new Date('2026-11-01T09:00:00Z');
    expect(daysBetween(new Date('2026-09-17T09:00:00Z'), now)).toBe(45);
    expect(olderThan(new Date('2026-09-17T09:00:00Z'), 45, now)).toBe(false);
    expect(olderThan(new Date('2026-09-16T08:59:00Z'), 45, now)).toBe(true);
    expect(parseDate('not a date')).toBeNull();
    expect(latest([null, new Date('2026-01-01'), new Date('2026-02-01')])?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(latest([null])).toBeNull();
  });
});
