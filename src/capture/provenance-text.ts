/**
 * Plain-text facts drawn from a capture's report, shared by the citation and annotation
 * exporters so that Zotero, a RIS reader and an annotation client all say the same thing.
 */
import type { Hop, Report, Status } from '../report';
import type { Capture } from './model';

const STATUS_LABEL: Record<Status, string> = {
  'cross-post': 'Cross-post',
  original: 'Original',
  unknown: 'Status unknown',
  'not-article': 'Not an article',
};

/** "Cross-post", "Original", … */
export function statusLabel(status: Status): string {
  return STATUS_LABEL[status];
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

/** "Cross-post: Global Research (2020-01-22) ← South Front (2020-01-21)". */
export function describeChain(report: Report): string {
  const hops = report.chain.map((hop, i) => {
    const date = i === 0 ? hostDate(report) : hop.date;
    return date ? `${hopName(hop)} (${dayOf(date)})` : hopName(hop);
  });
  return `${statusLabel(report.status)}: ${hops.join(' ← ')}`;
}

/** "Copyright: South Front (2020)", one clause per notice; empty when there is none. */
export function describeCopyright(report: Report): string {
  const parts = report.copyright
    .filter((c) => c.holders.length > 0)
    .map((c) => (c.year ? `${c.holders.join(', ')} (${c.year})` : c.holders.join(', ')));
  return parts.length ? `Copyright: ${[...new Set(parts)].join('; ')}` : '';
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
