/** Date arithmetic for rules: every rule measures age against ctx.now, never the wall clock. */

const DAY_MS = 86_400_000;

/** Parses an ISO 8601 timestamp; null for null, empty or unparseable text. */
export function parseDate(value: string | null): Date | null {
  if (value === null || value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whole days from `earlier` to `later` (negative when `earlier` is in the future). */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);
}

/** True when `date` is more than `days` whole days before `now`. */
export function olderThan(date: Date, days: number, now: Date): boolean {
  return daysBetween(date, now) > days;
}

/** The ISO text of a date, or null: for evidence. */
export function isoOrNull(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}
