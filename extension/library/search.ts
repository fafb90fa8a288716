/**
 * Finding captures in the list: words typed into the search box, a status and a publisher.
 * Matching ignores case and accents ("Zurich" finds "Zürich"), and every word typed must be
 * found, in the title, a publisher, the note or a tag, or (through the library's word index,
 * `textHits`) in the saved article, a quoted passage or an annotation's comment.
 */
import type { Status } from '../../src/report';
import { fold } from '../storage/fold';
import type { CaptureSummary } from '../storage/schema';

export interface Filters {
  query: string;
  /** '' for every status. */
  status: Status | '';
  /** '' for every publisher; otherwise one of `publisherChoices`. */
  publisher: string;
}

export const NO_FILTERS: Filters = { query: '', status: '', publisher: '' };

/** The words of a query, as `filterSummaries` and the word index take them. */
export function queryWords(query: string): string[] {
  return fold(query).split(' ').filter(Boolean);
}

/** For each word typed, the ids of the captures whose saved text holds it. */
export type TextHits = ReadonlyMap<string, ReadonlySet<string>>;

/** The captures that pass every filter, in the order given. */
export function filterSummaries(
  list: readonly CaptureSummary[],
  f: Filters,
  textHits: TextHits = new Map(),
): CaptureSummary[] {
  const words = queryWords(f.query);
  const publisher = fold(f.publisher);
  return list.filter(
    (s) =>
      (!f.status || s.status === f.status) &&
      (!publisher || s.publishers.some((p) => fold(p) === publisher)) &&
      (words.length === 0 || matchesWords(s, words, textHits)),
  );
}

function matchesWords(s: CaptureSummary, words: string[], hits: TextHits): boolean {
  const haystack = fold([s.title, ...s.publishers, s.note, ...s.tags].join('\n'));
  return words.every((w) => haystack.includes(w) || hits.get(w)?.has(s.id));
}

/** Every publisher named in the list, once each (accents and case aside), sorted. */
export function publisherChoices(list: readonly CaptureSummary[]): string[] {
  const byKey = new Map<string, string>();
  for (const s of list) {
    for (const p of s.publishers) if (!byKey.has(fold(p))) byKey.set(fold(p), p);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}
