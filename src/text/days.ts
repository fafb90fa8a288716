/** Calendar days of ISO 8601 dates: the one place that counts the days between two dates. */

export const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day of an ISO 8601 date or date-time, as UTC midnight; null if unreadable. */
export function isoDay(iso: string | null | undefined): number | null {
  const m = iso ? DATE.exec(iso) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

/**
 * Whole calendar days from `earlier` to `later` (negative when `later` is the earlier date), or
 * null when either is missing or not a full date. The time of day and its zone are ignored.
 */
export function daysBetween(earlier: string | null, later: string | null): number | null {
  const a = isoDay(earlier);
  const b = isoDay(later);
  return a === null || b === null ? null : Math.round((b - a) / DAY_MS);
}
