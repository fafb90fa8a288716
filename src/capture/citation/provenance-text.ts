/**
 * Plain-text facts drawn from a capture's report, shared by the citation and annotation
 * exporters so that Zotero, a RIS reader and an annotation client all say the same thing.
 */
import type { DateOrder, Hop, Report, Status, Verification } from '../../report';
import { STATUS_WORDS } from '../../status/vocabulary';
import { shownDate } from '../../text/shown-dates';
import type { Capture } from '../model/model';
import { safeHttpUrl } from '../safety/safe-url';

/** "Cross-post", "Original", … */
export function statusLabel(status: Status): string {
  return STATUS_WORDS[status].english;
}

/** The page being read: always `chain[0]`. */
export function hostHop(report: Report): Hop | null {
  return report.chain[0] ?? null;
}

/** The earliest known original, when the page credits one. */
export function originalHop(report: Report): Hop | null {
  return report.chain.length > 1 ? (report.chain[report.chain.length - 1] ?? null) : null;
}

/** The name a reader knows a hop by. */
export function hopName(hop: Hop): string {
  return hop.publisher?.trim() || hop.domain?.trim() || 'unknown publisher';
}

/** The host publisher's name: the chain, then the article's site name, then the address. */
export function hostPublisher(capture: Capture): string | null {
  const host = hostHop(capture.report);
  return (
    host?.publisher?.trim() ||
    capture.report.article?.siteName?.trim() ||
    host?.domain?.trim() ||
    hostname(capture.url)
  );
}

/** The date of the copy being read: the host hop's, else the article's. */
export function hostDate(report: Report): string | null {
  return hostHop(report)?.date ?? report.article?.publishedTime ?? null;
}

/**
 * Dates in the exports' sentences: the one format the extension shows (src/text/shown-dates.ts),
 * in the English the sentences are written in.
 */
export const EXPORT_LOCALE = 'en-GB';

/** A hop as the chain's line names it: who, and the date (the copy's own date for the host). */
export interface NamedHop {
  name: string;
  date: string | null;
}

export function namedHops(report: Report): NamedHop[] {
  return report.chain.map((hop, i) => ({
    name: hopName(hop),
    date: i === 0 ? hostDate(report) : hop.date,
  }));
}

/** "Global Research (22 Jan 2020) ← South Front (21 Jan 2020)", dates in `locale`. */
export function chainLine(hops: readonly NamedHop[], locale: string | undefined): string {
  return hops
    .map(({ name, date }) => (date ? `${name} (${shownDate(date, locale)})` : name))
    .join(' ← ');
}

/** "Cross-post: Global Research (22 Jan 2020) ← South Front (21 Jan 2020)". */
export function describeChain(report: Report): string {
  return `${statusLabel(report.status)}: ${chainLine(namedHops(report), EXPORT_LOCALE)}`;
}

/** "Copyright: South Front (2020)", one clause per notice; empty when there is none. */
export function describeCopyright(report: Report): string {
  const parts = report.copyright
    .filter((c) => c.holders.length > 0)
    .map((c) => (c.year ? `${c.holders.join(', ')} (${c.year})` : c.holders.join(', ')));
  return parts.length ? `Copyright: ${[...new Set(parts)].join('; ')}` : '';
}

const CHECK_RESULT: Record<Verification['status'], string> = {
  'same-text': 'same text',
  excerpt: 'this copy carries part of the original',
  expanded: 'this copy adds text of its own to the original',
  different: 'different text',
  'not-article': "the original's page has no article",
  unreachable: 'the original could not be reached',
};

const FETCH_ERROR: Record<string, string> = {
  timeout: 'no answer in 10 seconds',
  'too-large': 'larger than 5 MB',
  'not-html': 'not a web page',
  network: 'network error',
  'blocked-scheme': 'not an http(s) address',
};

const DATE_ORDER: Record<DateOrder, string> = {
  'original-first': 'the original was published first',
  'same-day': 'both were published the same day',
  'copy-first': 'this copy is dated before the original',
  unknown: '',
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * One check against the original in one plain sentence: "Checked against the original (South
 * Front, https://southfront.org/…) on 14 May 2024: same text, 94% of this copy in the original
 * and 88% of the original in this copy; the original was published first."
 */
export function describeCheck(check: Verification): string {
  const address = check.finalUrl ?? check.url;
  const where = [check.original?.publisher, safeHttpUrl(address) ?? address]
    .map((s) => s?.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ');
  let result = CHECK_RESULT[check.status] ?? 'checked';
  if (check.status === 'unreachable' && check.error) {
    const code = check.error.startsWith('http-') ? `HTTP ${check.error.slice(5)}` : check.error;
    result += ` (${FETCH_ERROR[check.error] ?? code})`;
  }
  if (check.containment !== null && check.coverage !== null) {
    result += `, ${percent(check.containment)} of this copy in the original and ${percent(check.coverage)} of the original in this copy`;
  }
  const order = DATE_ORDER[check.dateOrder] ?? '';
  return `Checked against the original (${where}) on ${shownDate(check.checkedAt, EXPORT_LOCALE)}: ${result}${order ? `; ${order}` : ''}.`;
}

/** The capture's checks, oldest first; the report's own when the capture keeps no list. */
export function checksOf(capture: Capture): Verification[] {
  if (capture.verifications?.length) return capture.verifications;
  return capture.report.verification ? [capture.report.verification] : [];
}

/** The calendar day written in an ISO date or date-time (not shifted to UTC). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** [year, month, day] of an ISO date or date-time, as far as it goes; null when unreadable. */
export function dateParts(iso: string | null | undefined): number[] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
}

function hostname(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
