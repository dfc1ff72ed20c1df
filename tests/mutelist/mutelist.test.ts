import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import type { Finding } from '../../src/engine/finding.js';
import { parseExpiry, parseMutelist } from '../../src/mutelist/load.js';
import { createMuter, matchCounts } from '../../src/mutelist/match.js';

function finding(over: Partial<Omit<Finding, 'resource'>> & { resource?: Partial<Finding['resource']> } = {}): Finding {
  const { resource, ...rest } = over;
  return {
    ruleId: 'aws-s3-bucket-public-access-blocked',
    status: 'FAIL',
    severity: 'high',
    resource: {
      id: 'arn:aws:s3:::acme-site',
      type: 'aws.s3.bucket',
      name: 'acme-site',
      provider: 'aws',
      account: '012345678901',
      region: 'eu-west-1',
      ...resource,
    },
    message: 'Bucket acme-site is public.',
    evidence: {},
    findingKey: null,
    fingerprint: 'f1',
    muted: null,
    ...rest,
  };
}

const REASON = 'public website, reviewed in SEC-42';

function failure(text: string): string {
  try {
    parseMutelist(text, 'm.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected the mutelist to be rejected');
}

describe('mutelist files: what is wrong, with file and line', () => {
  it.each([
    ['a missing reason', `mutes:\n  - rule: aws-*\n    resource: x\n`, /^mutelist m\.yaml:2: entry 1: reason is required/],
    ['a reason shorter than 10 characters', `mutes:\n  - rule: aws-*\n    reason: ok\n`, /^mutelist m\.yaml:3: entry 1: reason must be at least 10 characters/],
    [
      'a misspelt field, at its own line',
      `mutes:\n  - rule: a\n    reason: ${REASON}\n\n  - rule: b\n    reason: ${REASON}\n    rsource: x\n`,
      /^mutelist m\.yaml:7: entry 2: unknown field 'rsource'/,
    ],
    [
      'an account id YAML reads as a number',
      `mutes:\n  - rule: a\n    account: 012345678901\n    reason: ${REASON}\n`,
      /^mutelist m\.yaml:3: entry 1: account must be string \(quote/,
    ],
    [
      'an expiry that is not a date',
      `mutes:\n  - rule: a\n    reason: ${REASON}\n    expires: next week\n`,
      /^mutelist m\.yaml:4: entry 1: expires must be a date/,
    ],
    [
      'an expiry on a day that does not exist',
      `mutes:\n  - rule: a\n    reason: ${REASON}\n    expires: 2027-02-31\n`,
      /^mutelist m\.yaml:4: entry 1: expires '2027-02-31' is not a real date/,
    ],
    ['no mutes list', `rules: []\n`, /^mutelist m\.yaml:1: .*/],
    ['broken YAML', `mutes:\n  - rule: [a\n`, /^mutelist m\.yaml:\d+: not valid YAML or JSON/],
    ['a duplicated key', `mutes:\n  - rule: a\n    reason: ${REASON}\n    rule: b\n`, /^mutelist m\.yaml:4: not valid YAML or JSON \(Map keys must be unique/],
    ['an empty file', ``, /the file is empty/],
    ['JSON with a bad entry', `{\n  "mutes": [\n    {"rule": "a", "reason": "short"}\n  ]\n}\n`, /^mutelist m\.yaml:3: entry 1: reason must be at least 10/],
  ])('rejects %s', (_name, text, expected) => {
    expect(failure(text)).toMatch(expected);
  });

  it('reads YAML and JSON alike, recording each entry line as its source', () => {
    const yaml = parseMutelist(
      `# accepted\nmutes:\n  - rule: aws-s3-*\n    reason: ${REASON}\n  - rule: "*"\n    account: "012345678901"\n    tags: { env: dev* }\n    reason: ${REASON}\n    expires: 2027-01-31\n`,
      'm.yaml',
    );
    expect(yaml.mutes.map((m) => [m.index, m.line, m.source])).toEqual([
      [1, 3, 'm.yaml:3'],
      [2, 5, 'm.yaml:5'],
    ]);
    const json = parseMutelist(JSON.stringify({ mutes: [{ rule: 'a', reason: REASON }] }, null, 2), 'm.json');
    expect(json.mutes[0]?.line).toBe(3);
  });

  it('treats a date expiry as the whole day in UTC', () => {
    expect(new Date(parseExpiry('2027-01-31')).toISOString()).toBe('2027-01-31T23:59:59.999Z');
    expect(new Date(parseExpiry('2027-01-31T10:00:00Z')).toISOString()).toBe('2027-01-31T10:00:00.000Z');
  });
});

describe('matching', () => {
  const list = parseMutelist(
    [
      'mutes:',
      '  - rule: aws-s3-*',
      '    resource: acme-*',
      '    region: eu-*',
      `    reason: ${REASON}`,
      '    expires: 2026-10-31',
      '  - rule: aws-s3-bucket-public-access-blocked',
      '    resource: "arn:aws:s3:::acme-site"',
      '    tags: { team: web* }',
      `    reason: ${REASON}`,
      '  - rule: aws-ec2-*',
      '    account: "999*"',
      `    reason: ${REASON}`,
    ].join('\n'),
    'm.yaml',
  );
  const tags: Record<string, Record<string, string>> = { 'arn:aws:s3:::acme-site': { team: 'website' }, 'arn:aws:s3:::acme-data': { team: 'data' } };

  it('mutes with the first active matching entry; an expired entry mutes nothing and is reported', () => {
    const muter = createMuter(list, new Date('2026-11-02T00:00:00Z'), (id) => tags[id]);
    expect(muter.expired.map((m) => m.index)).toEqual([1]);
    expect(muter.mute(finding())).toEqual({ reason: REASON, expires: null, source: 'm.yaml:7' });
    expect(muter.mute(finding({ resource: { id: 'arn:aws:s3:::acme-data', name: 'acme-data' } }))).toBeNull();
    expect(muter.mute(finding({ ruleId: 'aws-ec2-instance-no-public-ip', resource: { account: '999000111222' } }))?.source).toBe('m.yaml:11');
    expect(muter.mute(finding({ ruleId: 'aws-ec2-instance-no-public-ip' }))).toBeNull();
  });

  it('lets the expired entry mute before its expiry, by resource name glob', () => {
    const muter = createMuter(list, new Date('2026-10-31T23:00:00Z'), (id) => tags[id]);
    expect(muter.expired).toEqual([]);
    expect(muter.mute(finding({ resource: { id: 'arn:aws:s3:::acme-data', name: 'acme-data' } }))).toEqual({
      reason: REASON,
      expires: '2026-10-31',
      source: 'm.yaml:2',
    });
  });

  it('counts matches per entry, ignoring tags when none are known', () => {
    const counts = matchCounts(list, [finding(), finding({ resource: { id: 'arn:aws:s3:::other', name: 'other', region: 'us-east-1' } })], null);
    expect([...counts.values()]).toEqual([1, 1, 0]);
  });
});
