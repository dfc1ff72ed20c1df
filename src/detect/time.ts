import { UsageError } from '../core/errors.js';

const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * A --since/--until value: a duration back from now ('24h', '7d', '30m') or an ISO date or
 * timestamp ('2024-07-31', '2024-07-31T13:00:00Z'). Anything else is a usage error.
 */
export function parseTimeSpec(value: string, now: Date, flag: string): number {
  const rel = /^(\d+)\s*([smhdw])$/i.exec(value.trim());
  if (rel) return now.getTime() - Number(rel[1]) * (UNIT_MS[(rel[2] ?? 'h').toLowerCase()] ?? 0);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
    const t = Date.parse(value.trim().length === 10 ? `${value.trim()}T00:00:00Z` : value.trim());
    if (!Number.isNaN(t)) return t;
  }
  throw new UsageError(`${flag} '${value}' is not a time: use a duration such as 24h, 7d, 30m or an ISO date such as 2024-07-31T13:00:00Z`);
}
