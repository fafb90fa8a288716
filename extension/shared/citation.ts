/**
 * "Copy citation"'s text: plain text naming this copy and, for a cross-post, the original,
 * with dates. Apart from summary.ts so the popup loads it after its first paint.
 */
import type { Hop, Report } from '../../src/report';
import { formatDate } from './dates';
import type { Translate } from './i18n';
import { originalHop, publisherName } from './summary';

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
  // A title that ends a sentence itself ("…them.", "Why?") takes no full stop after it.
  const quoted = title
    ? /[.!?…]$/.test(title.trim())
      ? `“${title.trim()}” `
      : `“${title}”. `
    : '';
  const copy = citedCopy(host, report.url, t);
  const lines = [quoted + copy + ((title || host) && !/[.!?…]$/.test(copy) ? '.' : '')];
  const original = originalHop(report);
  if (original) lines.push(t('citationOriginal', [citedCopy(original, null, t)]));
  return lines.join(' ');
}
