/**
 * How much of one article's text is found in another's: shingles of `SHINGLE` words, hashed
 * and winnowed, find anchors; each anchor is then extended word by word into a matched
 * stretch. Every step is linear in the two texts (no quadratic diff).
 */

/** Words per shingle: long enough that shared names and stock phrases rarely make a match. */
export const SHINGLE = 5;
/** Winnowing window: any shared run of `SHINGLE + WINDOW - 1` words (8) is always found. */
export const WINDOW = 4;
/** Positions kept per fingerprint: a phrase repeated more often than this adds nothing. */
const MAX_POSITIONS = 8;

/** A character range in a text, `end` exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface Comparison {
  /** Share of the copy's words found in the original (0–1). */
  containment: number;
  /** Share of the original's words found in the copy (0–1). */
  coverage: number;
  /** The copy's passages not found in the original, as character ranges in the copy's text. */
  unmatched: Range[];
  copyWords: number;
  originalWords: number;
}

interface Word extends Range {
  text: string;
}

/** Defined up here so they are not rebuilt for every word. */
const SEPARATORS = /[^\s\u2013\u2014\u2015]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;
const EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * The text's words, normalised so that typography does not count as an edit: NFKC, lower
 * case, straight quotes and hyphens, punctuation stripped at word edges. Dashes separate
 * words ("bridge—and" is two). Each word keeps its place in the text.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(SEPARATORS)) {
    const word = m[0]
      .normalize('NFKC')
      .toLowerCase()
      .replace(INVISIBLE, '')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(HYPHENS, '-')
      .replace(EDGES, '');
    if (word) out.push({ text: word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** FNV-1a, 32 bits. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One hash per shingle: entry i stands for words i … i + SHINGLE - 1. */
function shingles(list: string[]): Uint32Array {
  const w = list.map(hashWord);
  const out = new Uint32Array(Math.max(0, list.length - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) {
    let h = 0;
    for (let j = 0; j < SHINGLE; j++) h = (Math.imul(h, 0x9e3779b1) + w[i + j]!) >>> 0;
    out[i] = h;
  }
  return out;
}

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, 2003): the rightmost smallest hash of each window
 * of `WINDOW` shingles, each position once. Two texts sharing a long enough run pick the same
 * fingerprint inside it; positions come out in increasing order.
 */
function winnow(hashes: Uint32Array): number[] {
  const out: number[] = [];
  const windows = Math.max(1, hashes.length - WINDOW + 1);
  for (let i = 0; i < windows && i < hashes.length; i++) {
    let min = i;
    for (let j = i + 1; j < Math.min(i + WINDOW, hashes.length); j++)
      if (hashes[j]! <= hashes[min]!) min = j;
    if (min !== out.at(-1)) out.push(min);
  }
  return out;
}

/** Length of the common run of words starting at a[p] and b[q]. */
function runLength(a: string[], b: string[], p: number, q: number): number {
  let n = 0;
  while (p + n < a.length && q + n < b.length && a[p + n] === b[q + n]) n++;
  return n;
}

/**
 * Compare this copy's article text with the original's. Anchors are the copy's fingerprints
 * that the original has too; each is extended left (up to the previous stretch) and right
 * while the words agree. An anchor inside a stretch already found is skipped, so every word is
 * extended over a bounded number of times.
 */
export function compare(copyText: string, originalText: string): Comparison {
  const copy = words(copyText);
  const a = copy.map((w) => w.text);
  const b = words(originalText).map((w) => w.text);
  const hb = shingles(b);
  const index = new Map<number, number[]>();
  for (const q of winnow(hb)) {
    const at = index.get(hb[q]!);
    if (!at) index.set(hb[q]!, [q]);
    else if (at.length < MAX_POSITIONS) at.push(q);
  }
  const inCopy = new Uint8Array(a.length);
  const inOriginal = new Uint8Array(b.length);
  const ha = shingles(a);
  let done = 0;
  for (const p of winnow(ha)) {
    if (p < done) continue;
    let best = { q: -1, length: 0 };
    for (const q of index.get(ha[p]!) ?? []) {
      const length = runLength(a, b, p, q);
      if (length >= SHINGLE && length > best.length) best = { q, length };
    }
    if (best.q < 0) continue;
    let back = 0;
    while (p - back > done && best.q - back > 0 && a[p - back - 1] === b[best.q - back - 1]) back++;
    inCopy.fill(1, p - back, p + best.length);
    inOriginal.fill(1, best.q - back, best.q + best.length);
    done = p + best.length;
  }
  return {
    containment: share(inCopy),
    coverage: share(inOriginal),
    unmatched: gaps(copy, inCopy),
    copyWords: a.length,
    originalWords: b.length,
  };
}

function share(marks: Uint8Array): number {
  if (!marks.length) return 0;
  let n = 0;
  for (const m of marks) n += m;
  return n / marks.length;
}

/** Runs of unmatched words, as character ranges from the first word's start to the last's end. */
function gaps(list: Word[], matched: Uint8Array): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < list.length; i++) {
    if (matched[i]) continue;
    let j = i;
    while (j + 1 < list.length && !matched[j + 1]) j++;
    out.push({ start: list[i]!.start, end: list[j]!.end });
    i = j;
  }
  return out;
}

export type TextMatch = 'same-text' | 'excerpt' | 'expanded' | 'different';

/** At least this share of a text found in the other: that text is "in" the other. */
export const SAME = 0.8;
/** Below this share on both sides, the two are not the same text. */
export const SHARED = 0.5;

/**
 * The verdict from the two shares (thresholds measured in docs/VERIFY.md): both high, the same
 * text; only the copy's, an excerpt; only the original's, an expansion. A copy both cut and
 * added to (neither share reaching `SAME`) is named by the larger share, when it reaches `SHARED`.
 */
export function classify(containment: number, coverage: number): TextMatch {
  if (containment >= SAME && coverage >= SAME) return 'same-text';
  if (Math.max(containment, coverage) < SHARED) return 'different';
  return containment >= coverage ? 'excerpt' : 'expanded';
}
