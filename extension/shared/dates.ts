/** Dates as the popup and the badge show them: "21 Jan 2020", whatever the time zone. */

import { isoDay } from '../../src/text/days';

export { daysBetween, isoDay } from '../../src/text/days';

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
