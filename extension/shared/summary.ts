/**
 * Plain-language sentences about a report: the popup's headline and the citation text.
 * Pure functions of the report and a `Translate`, so they are unit-tested without a browser.
 */
import type { Hop, Report } from '../../src/report';
import { daysBetween, formatDate } from './dates';
import type { Translate } from './i18n';

/** The hop a cross-post credits as its earliest source (the chain's last hop). */
export function originalHop(report: Report): Hop | null {
  return report.chain.length > 1 ? (report.chain[report.chain.length - 1] ?? null) : null;
}

/** A publisher's name as shown: its name, else its domain, else a neutral placeholder. */
export function publisherName(hop: Hop | null, t: Translate): string {
  return hop?.publisher || hop?.domain || t('unknownPublisher');
}

/** The one sentence under the popup's status: the report's own summary when it has one. */
export function headline(report: Report, t: Translate): string {
  if (report.summary) return report.summary;
  switch (report.status) {
    case 'cross-post': {
      const original = originalHop(report);
      const name = publisherName(original, t);
      const days = daysBetween(original?.date ?? null, report.chain[0]?.date ?? null);
      if (days === null || days < 0) return t('headlineCrossPost', [name]);
      if (days === 0) return t('headlineCrossPostSameDay', [name]);
      if (days === 1) return t('headlineCrossPostOneDay', [name]);
      return t('headlineCrossPostDays', [name, String(days)]);
    }
    case 'original':
      return t('headlineOriginal');
    case 'not-article':
      return t('headlineNotArticle');
    default:
      return t('headlineUnknown');
  }
}

function citedCopy(hop: Hop | null, fallbackUrl: string | null, t: Translate): string {
  const parts = [publisherName(hop, t)];
  if (hop?.date) parts.push(formatDate(hop.date));
  const url = hop?.url ?? fallbackUrl;
  if (url) parts.push(url);
  return parts.join(', ');
}

/**
 * A plain-text citation naming this copy and, for a cross-post, the original, with dates:
 * `"Title". Global Research, 22 Jan 2020, https://…. Originally published by South Front, …`
 */
export function citation(report: Report, t: Translate): string {
  const host = report.chain[0] ?? null;
  const title = report.article?.title;
  const lines = [
    (title ? `“${title}”. ` : '') + citedCopy(host, report.url, t) + (title || host ? '.' : ''),
  ];
  const original = originalHop(report);
  if (original) lines.push(t('citationOriginal', [citedCopy(original, null, t)]));
  return lines.join(' ');
}
