import { UsageError } from '../core/errors.js';
import type { ResourceRef } from '../resources/index.js';

/**
 * GitHub code scanning rejects a whole upload when a result has no physical location, when a URI
 * is empty or not a valid relative reference, or when an absolute URI's scheme differs from the
 * checkout's. Cloud resources have no file, so each gets a stable pseudo path made only of
 * percent-encoded segments: `cloud/<provider>/<account>/<region>/<service>/<resource...>`.
 */
export function cloudPath(ref: ResourceRef): string {
  const service = ref.type.split('.')[1] ?? ref.type;
  return ['cloud', ref.provider, ref.account, ref.region, service, ...resourceSegments(ref)].map(encodeSegment).join('/');
}

/**
 * The resource part of the path, readable and unique within its account: the resource part of an
 * ARN (`instance/i-0abc`), an Azure id below its subscription (`resourceGroups/rg/providers/...`),
 * else the name.
 */
function resourceSegments(ref: ResourceRef): string[] {
  let segments: string[];
  if (ref.id.startsWith('arn:')) segments = ref.id.split(':').slice(5).join(':').split('/');
  else if (ref.id.startsWith('/subscriptions/')) segments = ref.id.split('/').slice(3);
  else segments = [ref.name || ref.id];
  const kept = segments.filter((s) => s.length > 0);
  return kept.length > 0 ? kept : [ref.id];
}

/**
 * Percent-encodes one path segment so that only unreserved characters stay literal (RFC 3986),
 * and a segment of dots can never walk up the tree ('..' becomes '%2E%2E').
 */
export function encodeSegment(segment: string): string {
  const encoded = encodeURIComponent(segment).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  if (/^\.+$/.test(encoded)) return encoded.replace(/\./g, '%2E');
  return encoded.length > 0 ? encoded : '%20';
}

/**
 * Checks and normalises `--sarif-anchor`: a path relative to the repository root, with '/'
 * separators, no '.' or '..' segments and no scheme; returned percent-encoded as a URI reference.
 */
export function anchorUri(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/');
  const segments = parts.filter((s, i) => !(s === '.' && i === 0) && s.length > 0);
  if (path.trim() === '' || path.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || segments.some((s) => s === '.' || s === '..')) {
    throw new UsageError(`--sarif-anchor '${path}' must be a file path relative to the repository root, without '..' (e.g. infra/main.tf)`);
  }
  return segments.map(encodeSegment).join('/');
}
