/**
 * Full-text search of the library: the words of each capture (its article and the page as
 * saved, the words its annotations quote and their comments, title, note and tags), folded as the search box folds
 * them, kept in their own object store under a multiEntry index. A word typed finds every
 * capture holding a word that starts with it, through the index, without loading a capture.
 */
import type { Capture } from '../../src/capture';
import { fold } from './fold';

/** The most distinct words kept for one capture: a long book chapter stays searchable. */
export const MAX_WORDS = 20_000;
/** Shorter words typed are matched against the list's own fields only. */
export const MIN_INDEXED = 2;

/** One capture's entry in the `words` store. */
export interface CaptureWords {
  id: string;
  words: string[];
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** The folded words of `text`, each once, in order of first use. */
export function tokens(text: string): string[] {
  return [...new Set(fold(text).match(TOKEN) ?? [])];
}

/** What the index keeps of a capture. */
export function captureWords(capture: Capture): CaptureWords {
  const parts = [
    capture.title,
    capture.note,
    ...capture.tags,
    htmlText(capture.articleHtml),
    // The page as saved: the article is not always kept apart (a report without its content).
    htmlText(capture.snapshot.html),
    ...capture.annotations.flatMap((a) => [a.target.selector[0].exact, a.body ?? '']),
  ];
  const words = tokens(parts.join('\n')).filter((w) => w.length >= MIN_INDEXED);
  return { id: capture.id, words: words.slice(0, MAX_WORDS) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text of sanitised article HTML, well enough to find its words: tags out, entities
 * decoded. No DOM: this runs in the background's worker too, which has none.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? ' ';
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/** The index's range of words starting with `prefix`. */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}
