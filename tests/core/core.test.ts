import { describe, expect, it } from '@jest/globals';
import { ExitCode, worstExitCode } from '../../src/core/exit-codes.js';
import { globMatcher, globToRegExp } from '../../src/core/glob.js';
import { escapeHtml, sanitizeForTerminal } from '../../src/core/sanitize.js';
import { atOrAbove, isSeverity, severityRank } from '../../src/core/types.js';
import { colorEnabled } from '../../src/report/style.js';

describe('sanitizeForTerminal', () => {
  it.each([
    ['plain-name', 'plain-name'],
    ['a\u001b[31mred', 'a\\u001b[31mred'],
    ['osc\u001b]8;;http://evil\u0007link', 'osc\\u001b]8;;http://evil\\u0007link'],
    ['c1\u009bcsi', 'c1\\u009bcsi'],
    ['new\nline\ttab\r', 'new\\u000aline\\u0009tab\\u000d'],
    ['bidi\u202eoverride', 'bidi\\u202eoverride'],
  ])('%j becomes %j', (input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<script>alert("x")</script>&'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
  });
});

describe('glob', () => {
  it.each([
    ['aws-s3-*', 'aws-s3-bucket-public-access-blocked', true],
    ['aws-s3-*', 'aws-ec2-instance', false],
    ['arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2026/archive', true],
    ['i-????', 'i-0a1b', true],
    ['a.b', 'axb', false],
    ['exact', 'exact', true],
  ])('%s matches %s: %s', (pattern, value, expected) => {
    expect(globToRegExp(pattern).test(value)).toBe(expected);
    expect(globMatcher([pattern])(value)).toBe(expected);
  });
});

describe('severities and exit codes', () => {
  it('orders severities', () => {
    expect(severityRank('critical')).toBeGreaterThan(severityRank('high'));
    expect(atOrAbove('high', 'medium')).toBe(true);
    expect(atOrAbove('low', 'medium')).toBe(false);
    expect(isSeverity('urgent')).toBe(false);
  });

  it('never lets a later, lower code hide a fatal one', () => {
    expect(worstExitCode(ExitCode.USAGE, ExitCode.OK)).toBe(ExitCode.USAGE);
    expect(worstExitCode(ExitCode.FINDINGS, ExitCode.INCOMPLETE)).toBe(ExitCode.INCOMPLETE);
    expect(worstExitCode(ExitCode.INCOMPLETE, ExitCode.USAGE)).toBe(ExitCode.USAGE);
    expect(worstExitCode(ExitCode.OK, ExitCode.FINDINGS)).toBe(ExitCode.FINDINGS);
  });

  it('decides colour from NO_COLOR, FORCE_COLOR, TERM and the TTY', () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({}, false)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ TERM: 'dumb' }, true)).toBe(false);
  });
});
