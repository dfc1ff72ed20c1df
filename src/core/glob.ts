/**
 * Shell-style wildcard matching for rule ids, ARNs and resource ids: `*` matches any run of
 * characters (slashes included, as ARNs need), `?` one character. Case-sensitive.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

export function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** A predicate matching any of the patterns. */
export function globMatcher(patterns: readonly string[]): (value: string) => boolean {
  const exact = new Set(patterns.filter((p) => !isGlob(p)));
  const regexps = patterns.filter(isGlob).map(globToRegExp);
  return (value) => exact.has(value) || regexps.some((r) => r.test(value));
}
