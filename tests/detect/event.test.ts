import { describe, expect, it } from '@jest/globals';
import { parseTime } from '../../src/detect/event.js';
import { awsPrincipal } from '../../src/detect/sources/aws-cloudtrail.js';
import { identities } from '../fixtures/events/index.js';

describe('parseTime', () => {
  it.each([
    ['2026-10-05T13:04:59Z', Date.parse('2026-10-05T13:04:59Z')],
    ['2024-02-29T23:59:59Z', Date.parse('2024-02-29T23:59:59Z')],
    ['1999-12-31T00:00:00Z', Date.parse('1999-12-31T00:00:00Z')],
    // Date.parse rolls an impossible day of a month over, and refuses a month 13 or a day 00.
    ['2026-02-30T10:00:00Z', Date.parse('2026-03-02T10:00:00Z')],
    ['2026-13-01T10:00:00Z', NaN],
    ['2026-01-00T10:00:00Z', NaN],
    ['2026-01-01T24:00:00Z', Date.parse('2026-01-02T00:00:00Z')],
    ['2026-01-01T23:60:00Z', NaN],
    ['2026-01-01T23:59:60Z', NaN],
    ['2026-01-01T2x:00:00Z', NaN],
    ['2026-10-05T13:04:59.123456Z', Date.parse('2026-10-05T13:04:59.123Z')],
    ['2026-10-05 13:04:59', Date.parse('2026-10-05T13:04:59Z')],
    [' 2026-10-05T13:04:59Z ', Date.parse('2026-10-05T13:04:59Z')],
    ['2026-10-05T13:04:59+02:00', Date.parse('2026-10-05T11:04:59Z')],
    ['2026-10-05t13:04:59z', Date.parse('2026-10-05T13:04:59Z')],
    ['not a time', NaN],
    [42, NaN],
  ])('reads %p', (value, expected) => {
    expect(parseTime(value)).toBe(expected);
  });
});

describe('awsPrincipal', () => {
  it('parses a repeated identity once and shares the principal', () => {
    const a = awsPrincipal({ userIdentity: identities.role('cache-a', 's1'), recipientAccountId: '111122223333' });
    const b = awsPrincipal({ userIdentity: identities.role('cache-a', 's1'), recipientAccountId: '111122223333' });
    expect(b).toBe(a);
  });

  it('never shares a principal between identities that differ in anything the parse reads', () => {
    const base = identities.role('cache-b', 's1');
    const context = base['sessionContext'] as { sessionIssuer: Record<string, unknown> };
    const renamed = { ...base, sessionContext: { ...context, sessionIssuer: { ...context.sessionIssuer, userName: 'cache-b-renamed' } } };
    const first = awsPrincipal({ userIdentity: base });
    expect(awsPrincipal({ userIdentity: renamed }).display).toBe('role/cache-b-renamed (session s1)');
    expect(awsPrincipal({ userIdentity: base, additionalEventData: { MFAUsed: 'Yes' } }).mfa).toBe(true);
    expect(awsPrincipal({ userIdentity: base }).mfa).toBe(first.mfa);
    expect(awsPrincipal({ userIdentity: { ...base, accessKeyId: 'ASIAOTHER' } }).accessKeyId).toBe('ASIAOTHER');
  });
});
