/**
 * Anchors a piece of evidence in the page's text as W3C selectors. Evidence text is stored
 * whitespace-collapsed while the page text is not, so matching tolerates runs of whitespace.
 */
import type { Evidence } from '../../report';
import type { Selectors, TextQuoteSelector } from './model';

/** Characters of context kept either side of a quote; the size annotation clients use. */
export const CONTEXT_CHARS = 32;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Selectors for one piece of evidence, or null when it does not stand in the page's text
 * (meta, JSON-LD and address evidence have nothing on the page to highlight).
 */
export function evidenceSelectors(ev: Evidence, pageText: string | null): Selectors | null {
  const onPage = ev.source === 'text' || ev.source === 'link' || ev.position != null;
  if (!onPage || !ev.text.trim()) return null;
  if (pageText) {
    const range = locate(pageText, ev.text, ev.position ?? null);
    if (range) return selectorsAt(pageText, range.start, range.end);
  }
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: ev.text,
    prefix: '',
    suffix: '',
  };
  // Without the page text the offsets cannot be checked; they are kept because they came with
  // the evidence from the same text content the highlighter uses.
  const pos = ev.position;
  if (pos && Number.isInteger(pos.start) && Number.isInteger(pos.end) && pos.start >= 0) {
    if (pos.end > pos.start) {
      return [quote, { type: 'TextPositionSelector', start: pos.start, end: pos.end }];
    }
  }
  return [quote];
}

/** Quote and position selectors for `pageText.slice(start, end)`. */
export function selectorsAt(pageText: string, start: number, end: number): Selectors {
  return [
    {
      type: 'TextQuoteSelector',
      exact: pageText.slice(start, end),
      prefix: pageText.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: pageText.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/**
 * Where `text` stands in `pageText`: at the given position when the words there match,
 * otherwise at its first whitespace-tolerant occurrence; null when it is not there.
 */
export function locate(
  pageText: string,
  text: string,
  position: { start: number; end: number } | null,
): { start: number; end: number } | null {
  const wanted = collapse(text);
  if (position && position.start >= 0 && position.end <= pageText.length) {
    if (collapse(pageText.slice(position.start, position.end)) === wanted) {
      return trimmed(pageText, position.start, position.end);
    }
  }
  const words = wanted.split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'));
  const match = pattern.exec(pageText);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The range without the white space at either end (a quote never starts with a line break). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return a < b ? { start: a, end: b } : { start, end };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
