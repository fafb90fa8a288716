/**
 * CSL-JSON (the citeproc input format) for Zotero, Mendeley, Pandoc and other reference tools.
 * Field names follow the CSL-JSON schema (csl-data.json), which allows no others.
 */

import type { Capture } from '../model/model';
import { type CslName, parseByline } from './byline';
import { describeOrigin, hostYear, originFacts, originLines } from './origin';
import {
  checksOf,
  dateParts,
  describeChain,
  describeCheck,
  describeCopyright,
  hostDate,
  hostPublisher,
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
  references?: string;
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
  const origin = originFacts(report);
  if (origin) {
    // Each only when known: a style prints what it is given ("Original work published South
    // Front" for a publisher without a date).
    if (origin.publisher) item['original-publisher'] = origin.publisher;
    if (origin.title) item['original-title'] = origin.title;
    // APA cites a republished work as "(South Front, 2019/2020)"; an original of the same year
    // as the copy would read "2020/2020", so its day is given in `references` and the note only.
    const od = dateParts(origin.date);
    if (od && od[0] !== hostYear(report)) item['original-date'] = { 'date-parts': [od] };
    const sentence = describeOrigin(report);
    if (sentence) item.references = sentence;
  }
  if (report.article?.lang) item.language = report.article.lang;
  if (report.article?.excerpt) item.abstract = report.article.excerpt;
  if (capture.tags.length) item.keyword = capture.tags.join(', ');
  item.note = citationNote(capture);
  return item;
}

/**
 * The chain, the original's address and the hops between, the copyright, each check against
 * the original (a sentence each), then the researcher's own note, as paragraphs.
 */
export function citationNote(capture: Capture): string {
  return [
    describeChain(capture.report),
    ...originLines(capture.report),
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
