/**
 * Dates as people read them, one format everywhere (the popup, the badge, the library, the
 * exports' sentences): day, short month and year ("22 Jan 2020", "22. Jan. 2020", "22 janv.
 * 2020"), and for a moment also the time ("1 May 2024, 14:05"), from `Intl.DateTimeFormat` in
 * the language given. The locale is a parameter so the core stays free of browser APIs: the
 * extension passes the browser's language, the exports' English sentences pass English.
 */

import { isoDay } from './days';

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** `Intl.DateTimeFormat` in `locale`, in British English when it is missing or not a language tag. */
function format(
  at: number | Date,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
) {
  try {
    return new Intl.DateTimeFormat(locale || 'en-GB', options).format(at);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(at);
  }
}

/**
 * The calendar day an ISO date or date-time names, as written ("2020-01-22T23:30:00-05:00" is
 * the 22nd, whatever the reader's time zone); the text itself when it holds no date.
 */
export function shownDate(iso: string, locale: string | undefined): string {
  const t = isoDay(iso);
  return t === null ? iso : format(t, locale, { ...DATE, timeZone: 'UTC' });
}

/**
 * A moment (an ISO date-time such as a capture's `savedAt`) with its time of day, in `timeZone`
 * (the reader's own when not given); a bare date is shown as a day. The text itself when it is
 * not a date.
 */
export function shownDateTime(iso: string, locale: string | undefined, timeZone?: string): string {
  if (DAY_ONLY.test(iso)) return shownDate(iso, locale);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return format(d, locale, { ...DATE, hour: '2-digit', minute: '2-digit', timeZone });
}
