/**
 * Dates as the extension shows them (popup, badge, library): one format, from
 * `Intl.DateTimeFormat` in the browser's language (src/text/shown-dates.ts): "21 Jan 2020" in
 * British English, "Jan 21, 2020" in American, "21 janv. 2020" in French.
 */
import { shownDate, shownDateTime } from '../../src/text/shown-dates';

export { daysBetween } from '../../src/text/days';
/**
 * The browser's language: the one each extension page sets on its root element from
 * `i18n.getUILanguage()`, else the navigator's (the background has no page); undefined
 * outside a browser, where the dates are written in British English.
 */
export function uiLocale(): string | undefined {
  const g = globalThis as { document?: Document; navigator?: Navigator };
  return g.document?.documentElement?.lang || g.navigator?.language || undefined;
}

/** The calendar day an ISO date names, in the browser's language; the text itself if no date. */
export function formatDate(iso: string, locale: string | undefined = uiLocale()): string {
  return shownDate(iso, locale);
}

/** A moment (a capture saved, a check made) with its time, in the reader's zone and language. */
export function formatMoment(iso: string, locale: string | undefined = uiLocale()): string {
  return shownDateTime(iso, locale);
}
