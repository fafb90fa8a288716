/**
 * CSL-JSON (the citeproc input format) for Zotero, Mendeley, Pandoc and other reference tools.
 * Field names follow the CSL-JSON schema (csl-data.json), which allows no others.
 */
import { type CslName, parseByline } from './byline';
import type { Capture } from './model';
import {
  checksOf,
  dateParts,
  describeChain,
  describeCheck,
  describeCopyright,
  hostDate,
  hostPublisher,
  originalHop,
} from './provenance-text';

/** The CSL item types a capture can be. */
export type CslType = 'article-newspaper' | 'post-weblog' | 'webpage';

export interface CslDate {
  'date-parts': number[][];
}

/** One CSL-JSON item, limited to the variables this exporter writes. */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  URL: string;
  accessed: CslDate;
  issued?: CslDate;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'original-publisher'?: string;
  'original-date'?: CslDate;
  'original-title'?: string;
  language?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
}

/** The CSL-JSON array for the captures, as a pretty-printed string. */
export function toCslJson(captures: readonly Capture[]): string {
  return `${JSON.stringify(captures.map(toCslItem), null, 2)}\n`;
}

/** One capture as a CSL item. */
export function toCslItem(capture: Capture): CslItem {
  const { report } = capture;
  const publisher = hostPublisher(capture);
  const original = originalHop(report);
  const item: CslItem = {
    id: capture.id,
    type: cslType(capture),
    title: report.article?.title?.trim() || capture.title,
    URL: capture.url,
    accessed: { 'date-parts': [dateParts(capture.savedAt) ?? []] },
  };
  const issued = dateParts(hostDate(report));
  if (issued) item.issued = { 'date-parts': [issued] };
  const orgs = report.chain.flatMap((h) => [h.publisher ?? '', h.domain ?? '']);
  const authors = parseByline(report.article?.byline, [...orgs, publisher ?? '']);
  if (authors.length) item.author = authors;
  if (publisher) {
    item['container-title'] = publisher;
    item.publisher = publisher;
  }
  if (original) {
    if (original.publisher ?? original.domain) {
      item['original-publisher'] = (original.publisher ?? original.domain) as string;
    }
    const od = dateParts(original.date);
    if (od) item['original-date'] = { 'date-parts': [od] };
    // Reports may carry a title for a hop; version 1 does not promise one.
    const title = (original as { title?: unknown }).title;
    if (typeof title === 'string' && title.trim()) item['original-title'] = title.trim();
  }
  if (report.article?.lang) item.language = report.article.lang;
  if (report.article?.excerpt) item.abstract = report.article.excerpt;
  if (capture.tags.length) item.keyword = capture.tags.join(', ');
  item.note = citationNote(capture);
  return item;
}

/**
 * The chain, the copyright, each check against the original (a sentence each), then the
 * researcher's own note, as paragraphs.
 */
export function citationNote(capture: Capture): string {
  return [
    describeChain(capture.report),
    describeCopyright(capture.report),
    ...checksOf(capture).map(describeCheck),
    capture.note.trim(),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Newspaper article by default; a blog post on blog hosts; a web page when no article. */
export function cslType(capture: Capture): CslType {
  const { report } = capture;
  if (report.status === 'not-article' || !report.article) return 'webpage';
  const where = `${hostOf(capture.url)} ${report.article.siteName ?? ''}`.toLowerCase();
  if (/\bblog|blogspot\.|wordpress\.com|substack\.com|medium\.com|livejournal\./.test(where)) {
    return 'post-weblog';
  }
  return 'article-newspaper';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
