/** Dates as the popup and the badge show them: "21 Jan 2020", whatever the time zone. */

const DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day of an ISO 8601 date or date-time, as UTC midnight; null if unreadable. */
export function isoDay(iso: string | null | undefined): number | null {
  const m = iso ? DATE.exec(iso) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

/** "21 Jan 2020"; the ISO text itself when it is not a date. */
export function formatDate(iso: string, locale = 'en-GB'): string {
  const t = isoDay(iso);
  if (t === null) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(t);
}

/** Whole days from `earlier` to `later`, or null when either date is missing. */
export function daysBetween(earlier: string | null, later: string | null): number | null {
  const a = isoDay(earlier);
  const b = isoDay(later);
  return a === null || b === null ? null : Math.round((b - a) / DAY);
}
