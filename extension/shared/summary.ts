/**
 * Plain-language sentences about a report: the popup's headline and the citation text.
 * Pure functions of the report and a `Translate`, so they are unit-tested without a browser.
 */
import { readableName } from '../../src/chain/readable-name';
import type { Hop, Report } from '../../src/report';
import { daysBetween } from './dates';
import type { Translate } from './i18n';

/** The hop a cross-post credits as its earliest source (the chain's last hop). */
export function originalHop(report: Report): Hop | null {
  return report.chain.length > 1 ? (report.chain[report.chain.length - 1] ?? null) : null;
}

/**
 * A publisher's name as shown: its name as `readableName` writes it (never a web address or a
 * lower-case slug), else its domain, else a neutral placeholder.
 */
export function publisherName(hop: Hop | null, t: Translate): string {
  return readableName(hop?.publisher, hop?.domain) || t('unknownPublisher');
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

// The citation text lives in its own module, loaded with "Copy citation" after the first paint.
export { citation } from './citation';
