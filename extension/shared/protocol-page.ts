/**
 * Messages to and from the page: content.js (the badge's pass) and analyzer.js (the full
 * report, highlighting, capture, annotation) answer extension pages, and tell the background
 * what the page is.
 */
import type { Annotation, Capture } from '../../src/capture/model/model';
import type { Report, Status } from '../../src/report';
import { isStatus } from '../../src/status/vocabulary';
import {
  hasOnlyKeys,
  isHttpAddress,
  isIndex,
  isNullableString,
  isRecord,
  isShortString,
} from './guards';
import { type Empty, type Guards, isEmpty } from './protocol-envelope';

/** What a page's quick pass (or full analysis) says, as kept for the badge. */
export interface BadgeState {
  status: Status;
  /** The credited original publisher, if seen. */
  source: string | null;
  /** The original's date (ISO 8601), if seen. */
  date: string | null;
  /** True when this came from the full analysis rather than the quick pass. */
  full: boolean;
}

/** The background's record for one tab. */
export interface TabState extends BadgeState {
  url: string | null;
  updatedAt: number;
}

/** Where a highlight should go: the quote, and where the analyser found it, if it said. */
export interface HighlightRequest {
  text: string;
  position: { start: number; end: number } | null;
}

/** Content script → background. The sender's own tab is the only tab it can affect. */
export type ContentToBackground = {
  badgeState: { params: BadgeState; result: null };
  /**
   * A style sheet of another origin for the snapshot being taken, fetched where the reader gave
   * the extension access to that origin (background/fetch-stylesheet.ts).
   */
  styleSheet: { params: { url: string }; result: StyleSheetResult };
};

/** The most passages "Show differences" highlights, and the longest one it quotes. */
export const PASSAGES_MAX = 500;
export const PASSAGE_MAX = 20_000;

export interface AnalyzeRequest {
  /** Analyse again rather than answer from the cache. */
  force: boolean;
  /** Go on with a page over the analysis budget. */
  large?: boolean;
}

/**
 * The largest page the popup analyses without asking: Readability's 128 test pages have at
 * most 9,888 elements, and the analysis reads at most 3 million characters of text anyway.
 * Above this the full report takes seconds, during which the page does not respond.
 */
export const PAGE_BUDGET = { elements: 30_000, characters: 3_000_000 } as const;

/**
 * Why content.js gave no report: a page over the analysis budget (its counts), or a page it
 * cannot read (Chromium's PDF viewer). A value, so the popup reads it without parsing text.
 */
export type PageRefusal =
  | { kind: 'too-large'; elements: number; characters: number }
  | { kind: 'restricted'; reason: 'pdf-viewer' };

/** What `analyze` answers: the report, or why there is none. */
export type AnalyzeAnswer = { report: Report } | { refused: PageRefusal };

/** True for a well-formed refusal; the popup checks what the page's script sends it. */
export function isPageRefusal(x: unknown): x is PageRefusal {
  if (!isRecord(x)) return false;
  if (x.kind === 'too-large')
    return (
      hasOnlyKeys(x, ['kind', 'elements', 'characters']) &&
      isIndex(x.elements) &&
      isIndex(x.characters)
    );
  return x.kind === 'restricted' && hasOnlyKeys(x, ['kind', 'reason']) && x.reason === 'pdf-viewer';
}

/**
 * An `analyze` answer as it arrives from the page's script: the report, the refusal (checked),
 * or `malformed` for anything else.
 */
export function readAnswer(x: unknown): AnalyzeAnswer | { malformed: true } {
  if (isRecord(x) && 'report' in x) return x as { report: Report };
  if (isRecord(x) && isPageRefusal(x.refused)) return { refused: x.refused };
  return { malformed: true };
}

/** A style sheet the background fetched for a snapshot, or why it did not. */
export type StyleSheetResult = { css: string } | { error: string };

/** Extension pages → the methods content.js answers itself (the badge's script, on every page). */
export type PageToContentScript = {
  /** `full`: analyzer.js (the full report, highlighting) is in the page too. */
  ping: { params: Empty; result: { ready: true; full: boolean } };
  /**
   * The full report. A page over the analysis budget (`PAGE_BUDGET`) is refused with its counts
   * unless `large` says the reader chose to go on.
   */
  analyze: { params: AnalyzeRequest; result: AnalyzeAnswer };
};

/** A pending annotation's id: a random UUID, made in the page when the reader annotates. */
export interface PendingRef {
  pending: string;
}

/** The reader's comment for a pending annotation. */
export interface NewComment extends PendingRef {
  comment: string;
}

/** The longest comment kept, and the most of the selected words the annotate window shows. */
export const COMMENT_MAX = 5_000;
export const QUOTE_MAX = 2_000;

/** Extension pages → the methods analyzer.js brings when it is injected (see content/common/analyzer-handshake.ts). */
export type PageToAnalyzer = {
  highlight: { params: HighlightRequest; result: { found: boolean } };
  clearHighlights: { params: Empty; result: null };
  /**
   * The page as a capture, ready but for what only extension pages add: the screenshot, the
   * note and the tags (null, '' and []).
   */
  capture: { params: Empty; result: Capture };
  /**
   * Keeps the page's selection as a pending annotation, waiting for the comment the reader
   * types in the annotate window (never in the page, whose scripts see every key pressed
   * there); `pending` is null when nothing is selected.
   */
  annotateSelection: {
    params: Empty;
    result: { pending: string; quote: string } | { pending: null };
  };
  /** The words a pending annotation is on; null once it is gone (saved, dropped, page left). */
  pendingAnnotation: { params: PendingRef; result: { quote: string } | null };
  /** Makes the pending annotation the reader's comment (error `no-pending` when it is gone). */
  addAnnotation: { params: NewComment; result: { id: string } };
  /** Forgets a pending annotation (the reader cancelled). */
  dropAnnotation: { params: PendingRef; result: null };
  /** The reader's own annotations of the page at its current address. */
  annotations: { params: Empty; result: Annotation[] };
  /** The article's text as `articleText` gives it: what a check compares with the original. */
  articleText: { params: Empty; result: { text: string } };
  /** "Show differences": highlights these passages of the article; says how many were found. */
  highlightPassages: { params: { passages: string[] }; result: { found: number } };
};

/** Extension pages (the popup, the background) → the content script of one tab. */
export type PageToContent = PageToContentScript & PageToAnalyzer;

export function isBadgeState(p: unknown): p is BadgeState {
  return (
    isRecord(p) &&
    hasOnlyKeys(p, ['status', 'source', 'date', 'full']) &&
    isStatus(p.status) &&
    isNullableString(p.source, 300) &&
    isNullableString(p.date, 40) &&
    typeof p.full === 'boolean'
  );
}

function isHighlightRequest(p: unknown): p is HighlightRequest {
  if (!isRecord(p) || !hasOnlyKeys(p, ['text', 'position'])) return false;
  if (!isShortString(p.text, 5_000) || p.text.trim() === '') return false;
  const pos = p.position;
  return pos === null || (isRecord(pos) && isIndex(pos.start) && isIndex(pos.end));
}

export const contentToBackground: Guards<ContentToBackground> = {
  badgeState: isBadgeState,
  styleSheet: (p): p is { url: string } =>
    isRecord(p) && hasOnlyKeys(p, ['url']) && isHttpAddress(p.url),
};

const PENDING_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True for a pending annotation's id as the page makes them (a random UUID, lower case). */
export const isPendingId = (x: unknown): x is string => typeof x === 'string' && PENDING_ID.test(x);

const isPendingRef = (p: unknown): p is PendingRef =>
  isRecord(p) && hasOnlyKeys(p, ['pending']) && isPendingId(p.pending);

const isNewComment = (p: unknown): p is NewComment =>
  isRecord(p) &&
  hasOnlyKeys(p, ['pending', 'comment']) &&
  isPendingId(p.pending) &&
  isShortString(p.comment, COMMENT_MAX) &&
  p.comment.trim() !== '';

const isPassages = (p: unknown): p is { passages: string[] } =>
  isRecord(p) &&
  hasOnlyKeys(p, ['passages']) &&
  Array.isArray(p.passages) &&
  p.passages.length <= PASSAGES_MAX &&
  p.passages.every((x) => isShortString(x, PASSAGE_MAX));

const isAnalyzeRequest = (p: unknown): p is AnalyzeRequest =>
  isRecord(p) &&
  hasOnlyKeys(p, ['force', 'large']) &&
  typeof p.force === 'boolean' &&
  (p.large === undefined || typeof p.large === 'boolean');

// Three maps over the same guards: content.js carries only its own two, analyzer.js the rest,
// and `pageToContent` is the whole allow-list. Each is a plain literal so a bundle that does
// not use one leaves it out.
export const pageToContentScript: Guards<PageToContentScript> = {
  ping: isEmpty,
  analyze: isAnalyzeRequest,
};

export const pageToAnalyzer: Guards<PageToAnalyzer> = {
  highlight: isHighlightRequest,
  clearHighlights: isEmpty,
  capture: isEmpty,
  annotateSelection: isEmpty,
  pendingAnnotation: isPendingRef,
  addAnnotation: isNewComment,
  dropAnnotation: isPendingRef,
  annotations: isEmpty,
  articleText: isEmpty,
  highlightPassages: isPassages,
};

// Listed again rather than spread from the two maps above: a spread is code the bundler must
// keep, and with it every guard, in each bundle that imports this module (the popup's too).
export const pageToContent: Guards<PageToContent> = {
  ping: isEmpty,
  analyze: isAnalyzeRequest,
  highlight: isHighlightRequest,
  clearHighlights: isEmpty,
  capture: isEmpty,
  annotateSelection: isEmpty,
  pendingAnnotation: isPendingRef,
  addAnnotation: isNewComment,
  dropAnnotation: isPendingRef,
  annotations: isEmpty,
  articleText: isEmpty,
  highlightPassages: isPassages,
};
