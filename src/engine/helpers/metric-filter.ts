/**
 * CloudWatch Logs JSON filter patterns (`{ $.eventName = "CreateTrail" || ... }`), parsed and
 * evaluated against sample CloudTrail events. A rule decides whether a metric filter "monitors"
 * something semantically: every event it must catch matches the pattern and no unrelated event
 * does. Whitespace, clause order, parentheses, quoting and wildcards therefore do not matter, and a
 * pattern that joins clauses with && where || was meant fails, as it would in CloudWatch.
 *
 * Supported: selectors `$.a.b` and `$.a[0].b`; `=`, `!=` with quoted or bare strings, `*`
 * wildcards and `%regex%`; `<`, `<=`, `>`, `>=` with numbers; `IS NULL`, `IS TRUE`, `IS FALSE`,
 * `EXISTS`, `NOT EXISTS`; `&&` (binds tighter) and `||`; parentheses. Anything else is a parse
 * error, and an unparseable pattern monitors nothing.
 */

export type SampleEvent = { readonly [key: string]: unknown };

type Comparison =
  | { readonly kind: 'compare'; readonly path: readonly (string | number)[]; readonly op: '=' | '!=' | '<' | '<=' | '>' | '>='; readonly value: Value }
  | { readonly kind: 'test'; readonly path: readonly (string | number)[]; readonly test: 'null' | 'true' | 'false' | 'exists' | 'notExists' };

type Value = { readonly type: 'text'; readonly text: string } | { readonly type: 'regex'; readonly regex: RegExp };

export type FilterExpression =
  Comparison | { readonly kind: 'and'; readonly parts: readonly FilterExpression[] } | { readonly kind: 'or'; readonly parts: readonly FilterExpression[] };

export class FilterPatternError extends Error {}

/** Parses a JSON filter pattern; throws FilterPatternError on anything outside the supported grammar. */
export function parseFilterPattern(pattern: string): FilterExpression {
  const tokens = tokenize(pattern.trim());
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const take = (expected?: string): string => {
    const token = tokens[pos];
    if (token === undefined || (expected !== undefined && token.toUpperCase() !== expected)) {
      throw new FilterPatternError(`expected ${expected ?? 'more'} at token ${pos + 1}${token === undefined ? ' (end of pattern)' : ` ('${token}')`}`);
    }
    pos++;
    return token;
  };

  const parseOr = (): FilterExpression => {
    const parts = [parseAnd()];
    while (peek() === '||') {
      take();
      parts.push(parseAnd());
    }
    return parts.length === 1 ? (parts[0] as FilterExpression) : { kind: 'or', parts };
  };
  const parseAnd = (): FilterExpression => {
    const parts = [parseUnary()];
    while (peek() === '&&') {
      take();
      parts.push(parseUnary());
    }
    return parts.length === 1 ? (parts[0] as FilterExpression) : { kind: 'and', parts };
  };
  const parseUnary = (): FilterExpression => {
    if (peek() === '(') {
      take('(');
      const inner = parseOr();
      take(')');
      return inner;
    }
    return parseComparison();
  };
  const parseComparison = (): Comparison => {
    const path = parseSelector(take());
    const next = take();
    const upper = next.toUpperCase();
    if (upper === 'IS') {
      const what = take().toUpperCase();
      if (what === 'NULL') return { kind: 'test', path, test: 'null' };
      if (what === 'TRUE') return { kind: 'test', path, test: 'true' };
      if (what === 'FALSE') return { kind: 'test', path, test: 'false' };
      throw new FilterPatternError(`unknown test 'IS ${what}'`);
    }
    if (upper === 'NOT') {
      take('EXISTS');
      return { kind: 'test', path, test: 'notExists' };
    }
    if (upper === 'EXISTS') return { kind: 'test', path, test: 'exists' };
    if (next === '=' || next === '!=' || next === '<' || next === '<=' || next === '>' || next === '>=') {
      return { kind: 'compare', path, op: next, value: parseValue(take()) };
    }
    throw new FilterPatternError(`unknown operator '${next}'`);
  };

  if (take() !== '{') throw new FilterPatternError('a JSON filter pattern starts with {');
  const expression = parseOr();
  take('}');
  if (pos !== tokens.length) throw new FilterPatternError(`unexpected '${tokens[pos] ?? ''}' after the closing }`);
  return expression;
}

const SINGLE = new Set(['{', '}', '(', ')']);

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (SINGLE.has(ch)) {
      tokens.push(ch);
      i++;
    } else if (text.startsWith('&&', i) || text.startsWith('||', i) || text.startsWith('!=', i) || text.startsWith('<=', i) || text.startsWith('>=', i)) {
      tokens.push(text.slice(i, i + 2));
      i += 2;
    } else if (ch === '=' || ch === '<' || ch === '>') {
      tokens.push(ch);
      i++;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== '"') j += text.charAt(j) === '\\' ? 2 : 1;
      if (j >= text.length) throw new FilterPatternError('unterminated string');
      tokens.push(text.slice(i, j + 1));
      i = j + 1;
    } else if (ch === '%') {
      const end = text.indexOf('%', i + 1);
      if (end < 0) throw new FilterPatternError('unterminated %regex%');
      tokens.push(text.slice(i, end + 1));
      i = end + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s{}()=<>!&|"]/.test(text.charAt(j))) j++;
      if (j === i) throw new FilterPatternError(`unexpected '${ch}'`);
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

function parseSelector(token: string): (string | number)[] {
  if (!token.startsWith('$')) throw new FilterPatternError(`expected a $.selector, found '${token}'`);
  const path: (string | number)[] = [];
  const re = /\.([A-Za-z0-9_-]+)|\[(\d+)\]/gy;
  re.lastIndex = 1;
  while (re.lastIndex < token.length) {
    const m = re.exec(token);
    if (!m) throw new FilterPatternError(`bad selector '${token}'`);
    path.push(m[1] ?? Number(m[2]));
  }
  if (path.length === 0) throw new FilterPatternError(`bad selector '${token}'`);
  return path;
}

function parseValue(token: string): Value {
  if (token.length >= 2 && token.startsWith('%') && token.endsWith('%')) {
    const source = token.slice(1, -1);
    if (source.length > 200) throw new FilterPatternError('regular expression too long');
    try {
      return { type: 'regex', regex: new RegExp(source) };
    } catch {
      throw new FilterPatternError(`bad regular expression '${source}'`);
    }
  }
  if (token.startsWith('"')) return { type: 'text', text: token.slice(1, -1).replace(/\\(.)/g, '$1') };
  return { type: 'text', text: token };
}

function lookup(event: SampleEvent, path: readonly (string | number)[]): unknown {
  let current: unknown = event;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function textMatches(value: Value, actual: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((v) => textMatches(value, v));
  if (typeof actual !== 'string' && typeof actual !== 'number' && typeof actual !== 'boolean') return false;
  const text = String(actual);
  if (value.type === 'regex') return value.regex.test(text);
  if (!value.text.includes('*')) return value.text === text;
  const source = value.text
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(text);
}

/** True when the expression matches the event. A comparison on a field the event lacks is false. */
export function matchesEvent(expression: FilterExpression, event: SampleEvent): boolean {
  switch (expression.kind) {
    case 'and':
      return expression.parts.every((p) => matchesEvent(p, event));
    case 'or':
      return expression.parts.some((p) => matchesEvent(p, event));
    case 'test': {
      const actual = lookup(event, expression.path);
      if (expression.test === 'notExists') return actual === undefined;
      if (expression.test === 'exists') return actual !== undefined;
      if (expression.test === 'null') return actual === null;
      return actual === (expression.test === 'true');
    }
    case 'compare': {
      const actual = lookup(event, expression.path);
      if (actual === undefined) return false;
      if (expression.op === '=') return textMatches(expression.value, actual);
      if (expression.op === '!=') return !textMatches(expression.value, actual);
      const limit = expression.value.type === 'text' ? Number(expression.value.text) : Number.NaN;
      const n = typeof actual === 'number' ? actual : Number(actual);
      if (Number.isNaN(limit) || Number.isNaN(n)) return false;
      if (expression.op === '<') return n < limit;
      if (expression.op === '<=') return n <= limit;
      if (expression.op === '>') return n > limit;
      return n >= limit;
    }
  }
}

/** The events a pattern must catch, and unrelated ones it must not (so `{ $.eventName = * }` is not monitoring). */
export interface MonitoringTarget {
  readonly mustMatch: readonly SampleEvent[];
  readonly mustNotMatch: readonly SampleEvent[];
}

export interface CoverageResult {
  readonly covers: boolean;
  /** Required events the pattern lets through (their eventName, or the whole sample as JSON). */
  readonly missed: readonly string[];
  /** Unrelated events the pattern also matches. */
  readonly overmatched: readonly string[];
  /** Why the pattern could not be read; null when it parsed. */
  readonly parseError: string | null;
}

function describeEvent(event: SampleEvent): string {
  return typeof event['eventName'] === 'string' ? event['eventName'] : JSON.stringify(event);
}

/** Decides whether a filter pattern monitors a target: all of mustMatch, none of mustNotMatch. */
export function patternCovers(pattern: string, target: MonitoringTarget): CoverageResult {
  let expression: FilterExpression;
  try {
    expression = parseFilterPattern(pattern);
  } catch (error) {
    if (!(error instanceof FilterPatternError)) throw error;
    return { covers: false, missed: target.mustMatch.map(describeEvent), overmatched: [], parseError: error.message };
  }
  const missed = target.mustMatch.filter((e) => !matchesEvent(expression, e)).map(describeEvent);
  const overmatched = target.mustNotMatch.filter((e) => matchesEvent(expression, e)).map(describeEvent);
  return { covers: missed.length === 0 && overmatched.length === 0, missed, overmatched, parseError: null };
}

/** One management API call per event name, from the given service: the usual monitoring target. */
export function apiCalls(eventSource: string, eventNames: readonly string[]): SampleEvent[] {
  return eventNames.map((eventName) => ({
    eventVersion: '1.09',
    eventSource,
    eventName,
    eventType: 'AwsApiCall',
    userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::123456789012:assumed-role/admin/alice' },
    sourceIPAddress: '198.51.100.20',
    awsRegion: 'us-east-1',
  }));
}
