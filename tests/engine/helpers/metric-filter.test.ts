import { describe, expect, it } from '@jest/globals';
import { apiCalls, FilterPatternError, matchesEvent, parseFilterPattern, patternCovers } from '../../../src/engine/helpers/metric-filter.js';

const CIS_UNAUTHORIZED =
  '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }';
const UNAUTHORIZED = {
  mustMatch: [
    { eventName: 'RunInstances', errorCode: 'Client.UnauthorizedOperation', sourceIPAddress: '198.51.100.1' },
    { eventName: 'GetObject', errorCode: 'AccessDenied', sourceIPAddress: '198.51.100.1' },
  ],
  mustNotMatch: [{ eventName: 'RunInstances', sourceIPAddress: '198.51.100.1' }],
};
const TRAIL_NAMES = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const TRAIL_CHANGES = { mustMatch: apiCalls('cloudtrail.amazonaws.com', TRAIL_NAMES), mustNotMatch: apiCalls('cloudtrail.amazonaws.com', ['DescribeTrails']) };

describe('parseFilterPattern', () => {
  it.each([
    ['{ $.eventName = "ConsoleLogin" }'],
    ['{$.eventName=ConsoleLogin}'],
    ['{ ($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'],
    ['{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'],
    ['{ $.latency >= 500 && $.items[0].id IS NULL && $.flag IS TRUE && $.other EXISTS }'],
    ['{ $.eventName = %^Put(Bucket)?(Acl|Policy)$% }'],
  ])('parses %s', (pattern) => {
    expect(() => parseFilterPattern(pattern)).not.toThrow();
  });

  it.each([
    ['"AccessDenied"', 'a text (non-JSON) pattern'],
    ['{ $.eventName = "x" ', 'a missing closing brace'],
    ['{ $.eventName ~ "x" }', 'an unknown operator'],
    ['{ eventName = "x" }', 'a selector without $'],
    ['{ $.eventName = "x" } trailing', 'text after the pattern'],
    ['{ $.a = "x" & $.b = "y" }', 'a single ampersand'],
    ['{ $.a = %(% }', 'a bad regular expression'],
    ['{ $.a = "unterminated }', 'an unterminated string'],
  ])('rejects %s (%s)', (pattern) => {
    expect(() => parseFilterPattern(pattern)).toThrow(FilterPatternError);
  });
});

describe('matchesEvent', () => {
  const m = (pattern: string, event: Record<string, unknown>): boolean => matchesEvent(parseFilterPattern(pattern), event);

  it('matches wildcards at either end and in the middle', () => {
    expect(m('{ $.errorCode = "*UnauthorizedOperation" }', { errorCode: 'Client.UnauthorizedOperation' })).toBe(true);
    expect(m('{ $.errorCode = "AccessDenied*" }', { errorCode: 'AccessDeniedException' })).toBe(true);
    expect(m('{ $.eventName = Put*Policy }', { eventName: 'PutBucketPolicy' })).toBe(true);
    expect(m('{ $.errorCode = "AccessDenied" }', { errorCode: 'AccessDeniedException' })).toBe(false);
  });

  it('treats a comparison on a missing field as false, and NOT EXISTS as true', () => {
    expect(m('{ $.additionalEventData.MFAUsed != "Yes" }', {})).toBe(false);
    expect(m('{ $.userIdentity.invokedBy NOT EXISTS }', { userIdentity: { type: 'Root' } })).toBe(true);
    expect(m('{ $.userIdentity.invokedBy NOT EXISTS }', { userIdentity: { invokedBy: 'support.amazonaws.com' } })).toBe(false);
  });

  it('gives && precedence over ||', () => {
    const pattern = '{ $.a = 1 || $.b = 2 && $.c = 3 }';
    expect(m(pattern, { a: 1 })).toBe(true);
    expect(m(pattern, { b: 2 })).toBe(false);
    expect(m(pattern, { b: 2, c: 3 })).toBe(true);
  });

  it('compares numbers, tests booleans and nulls, indexes arrays and applies regexes', () => {
    expect(m('{ $.latency > 500 }', { latency: 501 })).toBe(true);
    expect(m('{ $.latency <= 500 }', { latency: 'slow' })).toBe(false);
    expect(m('{ $.flag IS FALSE }', { flag: false })).toBe(true);
    expect(m('{ $.value IS NULL }', { value: null })).toBe(true);
    expect(m('{ $.items[1].id = "b" }', { items: [{ id: 'a' }, { id: 'b' }] })).toBe(true);
    expect(m('{ $.eventName = %^Delete(Bucket)?Policy$% }', { eventName: 'DeleteBucketPolicy' })).toBe(true);
    expect(m('{ $.tags = "prod" }', { tags: ['dev', 'prod'] })).toBe(true);
  });
});

describe('patternCovers', () => {
  it('accepts the CIS pattern for unauthorized API calls', () => {
    expect(patternCovers(CIS_UNAUTHORIZED, UNAUTHORIZED).covers).toBe(true);
  });

  it('accepts the same clauses reordered, regrouped, unquoted and without spaces', () => {
    const variants = [
      '{($.eventName=StopLogging)||($.eventName=StartLogging)||($.eventName=DeleteTrail)||($.eventName=UpdateTrail)||($.eventName=CreateTrail)}',
      '{ ( $.eventName = "CreateTrail" ) || ( ( $.eventName = "UpdateTrail" ) || ( $.eventName = "DeleteTrail" ) ) || $.eventName = "StartLogging" || $.eventName = "StopLogging" }',
      '{ $.eventSource = cloudtrail.amazonaws.com && ($.eventName = CreateTrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging || $.eventName = StopLogging) }',
      '{ $.eventName = %^(Create|Update|Delete)Trail$% || $.eventName = %^(Start|Stop)Logging$% }',
    ];
    for (const pattern of variants) expect(patternCovers(pattern, TRAIL_CHANGES)).toMatchObject({ covers: true, missed: [], overmatched: [] });
  });

  it('names the events a pattern misses', () => {
    const result = patternCovers('{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) }', TRAIL_CHANGES);
    expect(result).toMatchObject({ covers: false, missed: ['StartLogging', 'StopLogging'], parseError: null });
  });

  it('rejects && where || was meant: the filter can never match', () => {
    const result = patternCovers('{ ($.eventName = CreateTrail) && ($.eventName = UpdateTrail) }', TRAIL_CHANGES);
    expect(result.covers).toBe(false);
    expect(result.missed).toHaveLength(5);
  });

  it('rejects a pattern that matches everything', () => {
    expect(patternCovers('{ $.eventName = * }', TRAIL_CHANGES)).toMatchObject({ covers: false, overmatched: ['DescribeTrails'] });
  });

  it('rejects a filter scoped to the wrong event source', () => {
    const pattern =
      '{ $.eventSource = s3.amazonaws.com && ($.eventName = CreateTrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging || $.eventName = StopLogging) }';
    expect(patternCovers(pattern, TRAIL_CHANGES).covers).toBe(false);
  });

  it('reports an unparseable pattern instead of throwing', () => {
    expect(patternCovers('CreateTrail', TRAIL_CHANGES)).toMatchObject({ covers: false, parseError: 'a JSON filter pattern starts with {' });
  });

  it('rejects the unauthorized-calls filter that forgot the AccessDenied* wildcard', () => {
    const pattern = '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied") }';
    const target = { ...UNAUTHORIZED, mustMatch: [...UNAUTHORIZED.mustMatch, { eventName: 'Decrypt', errorCode: 'AccessDeniedException' }] };
    expect(patternCovers(pattern, target)).toMatchObject({ covers: false, missed: ['Decrypt'] });
  });
});
