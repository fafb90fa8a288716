/**
 * The message protocol, declared once: one method map per direction, a guard for each
 * method's parameters, and results that travel as values (`{ ok, value } | { ok: false, error }`)
 * instead of thrown errors, which do not survive structured cloning across contexts.
 */
import type { Annotation, Capture } from '../../src/capture/model/model';
import { validateCapture } from '../../src/capture/model/validate';
import type { Report, Status } from '../../src/report';
import type { FetchedOriginal } from '../background/fetch-original';
import type { StyleSheetResult } from '../background/fetch-stylesheet';
import type { StoreErrorCode } from '../library/store';
import { hasOnlyKeys, isIndex, isNullableString, isRecord, isShortString } from './guards';

export const CHANNEL = 'provenance-lens';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** What a page's cheap pass (or full analysis) says, as kept for the badge. */
export interface Hint {
  status: Status;
  /** The credited original publisher, if seen. */
  source: string | null;
  /** The original's date (ISO 8601), if seen. */
  date: string | null;
  /** True when this came from the full analysis rather than the cheap pass. */
  full: boolean;
}

/** The background's record for one tab. */
export interface TabState extends Hint {
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
  hint: { params: Hint; result: null };
  /**
   * A style sheet of another origin for the snapshot being taken, fetched where the reader gave
   * the extension access to that origin (background/fetch-stylesheet.ts).
   */
  styleSheet: { params: { url: string }; result: StyleSheetResult };
};

/**
 * What became of a save: stored, or the library's reason in plain words. A refused or lost
 * message is the transport's `{ ok: false }` instead, so the two never read alike.
 */
export type SaveOutcome =
  | { saved: true; id: string }
  | { saved: false; code: StoreErrorCode; message: string };

/** What became of a note-and-tags change to a saved capture (`updateCapture`). */
export type UpdateOutcome =
  | { updated: true }
  | { updated: false; code: StoreErrorCode; message: string };

/** The note and tags the popup adds to a capture it has just saved. */
export interface CaptureUpdate {
  id: string;
  note: string;
  tags: string[];
}

/** The longest note, the most tags and the longest tag a capture update may carry. */
export const NOTE_MAX = 20_000;
export const TAGS_MAX = 100;
export const TAG_MAX = 200;

/** Extension pages (the popup) → background. */
export type PageToBackground = {
  getTabState: { params: { tabId: number }; result: TabState | null };
  /** Writes a capture to the library; in the background, so closing the popup cannot stop it. */
  saveCapture: { params: { capture: Capture }; result: SaveOutcome };
  /** Sets the note and tags of a saved capture (the popup saves first, note and tags after). */
  updateCapture: { params: CaptureUpdate; result: UpdateOutcome };
  /**
   * "Check against the original": fetches `url` (http(s), no cookies, 10 s, 5 MB, HTML only).
   * `pageUrl` is the tab's own address, which decides whether an address on the reader's own
   * network may be fetched (see background/fetch-original.ts).
   */
  fetchOriginal: { params: OriginalRequest; result: FetchedOriginal };
};

export interface OriginalRequest {
  url: string;
  pageUrl: string | null;
}

/** The most passages "Show differences" highlights, and the longest one it quotes. */
export const PASSAGES_MAX = 500;
export const PASSAGE_MAX = 20_000;

type Empty = Record<string, never>;

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

/** Extension pages → the methods content.js answers itself (the badge's script, on every page). */
export type PageToContentScript = {
  /** `full`: analyzer.js (the full report, highlighting) is in the page too. */
  ping: { params: Empty; result: { ready: true; full: boolean } };
  /**
   * The full report. A page over the analysis budget (`PAGE_BUDGET`) is refused with the error
   * `too-large:<elements>:<characters>` unless `large` says the reader chose to go on.
   */
  analyze: { params: AnalyzeRequest; result: Report };
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

/** Extension pages → the methods analyzer.js brings when it is injected (see content/full.ts). */
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

/** A method map: method name → its parameter and result types. */
export type MethodMap = Record<string, { params: unknown; result: unknown }>;

export interface Message<M extends MethodMap, K extends keyof M = keyof M> {
  channel: typeof CHANNEL;
  method: K;
  params: M[K]['params'];
}

/** One parameter guard per method: the allow-list a receiver dispatches from. */
export type Guards<M extends MethodMap> = { [K in keyof M]: (p: unknown) => p is M[K]['params'] };

const STATUSES: readonly string[] = ['original', 'cross-post', 'unknown', 'not-article'];

const isEmpty = (p: unknown): p is Empty => isRecord(p) && Object.keys(p).length === 0;

export function isHint(p: unknown): p is Hint {
  return (
    isRecord(p) &&
    hasOnlyKeys(p, ['status', 'source', 'date', 'full']) &&
    typeof p.status === 'string' &&
    STATUSES.includes(p.status) &&
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
  hint: isHint,
  styleSheet: (p): p is { url: string } =>
    isRecord(p) && hasOnlyKeys(p, ['url']) && isHttpAddress(p.url),
};

/** The capture is checked whole (`validateCapture`): it is about to be stored as it is. */
function isSaveRequest(p: unknown): p is { capture: Capture } {
  return isRecord(p) && hasOnlyKeys(p, ['capture']) && validateCapture(p.capture).ok;
}

/** An absolute http(s) address of reasonable length. */
const isHttpAddress = (x: unknown): x is string =>
  isShortString(x, 8_192) && /^https?:\/\//i.test(x) && URL.canParse(x);

function isOriginalRequest(p: unknown): p is OriginalRequest {
  return (
    isRecord(p) &&
    hasOnlyKeys(p, ['url', 'pageUrl']) &&
    isHttpAddress(p.url) &&
    (p.pageUrl === null || isHttpAddress(p.pageUrl))
  );
}

/** A capture's id as `validateCapture` allows it. */
const CAPTURE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Exactly an id, a note and a list of tags, each within its bounds. */
export function isCaptureUpdate(p: unknown): p is CaptureUpdate {
  return (
    isRecord(p) &&
    hasOnlyKeys(p, ['id', 'note', 'tags']) &&
    typeof p.id === 'string' &&
    CAPTURE_ID.test(p.id) &&
    isShortString(p.note, NOTE_MAX) &&
    Array.isArray(p.tags) &&
    p.tags.length <= TAGS_MAX &&
    p.tags.every((tag) => isShortString(tag, TAG_MAX))
  );
}

export const pageToBackground: Guards<PageToBackground> = {
  getTabState: (p): p is { tabId: number } =>
    isRecord(p) && hasOnlyKeys(p, ['tabId']) && isIndex(p.tabId),
  saveCapture: isSaveRequest,
  updateCapture: isCaptureUpdate,
  fetchOriginal: isOriginalRequest,
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

/** True when `x` is a well-formed message for one of the methods in `guards`. */
export function isMessage<M extends MethodMap>(x: unknown, guards: Guards<M>): x is Message<M> {
  if (!isRecord(x) || x.channel !== CHANNEL || typeof x.method !== 'string') return false;
  // An envelope with keys the protocol does not know comes from something that does not know it.
  if (!hasOnlyKeys(x, ['channel', 'method', 'params'])) return false;
  if (!Object.hasOwn(guards, x.method)) return false;
  return guards[x.method as keyof M](x.params);
}

/** True for anything on this extension's channel, well-formed or not. */
export function isOurs(x: unknown): boolean {
  return isRecord(x) && x.channel === CHANNEL;
}

/** Builds a message. */
export function message<M extends MethodMap, K extends keyof M & string>(
  method: K,
  params: M[K]['params'],
): Message<M, K> {
  return { channel: CHANNEL, method, params };
}

/** True when `x` has the shape of a Result (what every receiver answers). */
export function isResult(x: unknown): x is Result<unknown> {
  if (!isRecord(x)) return false;
  return x.ok === true ? 'value' in x : x.ok === false && typeof x.error === 'string';
}

/**
 * Sends `method` through `send` (runtime.sendMessage or a tabs.sendMessage bound to a tab) and
 * always resolves: a missing receiver or a malformed answer becomes `{ ok: false }`.
 */
export async function request<M extends MethodMap, K extends keyof M & string>(
  send: (msg: Message<M, K>) => Promise<unknown>,
  method: K,
  params: M[K]['params'],
): Promise<Result<M[K]['result']>> {
  try {
    const answer = await send(message<M, K>(method, params));
    return isResult(answer) ? (answer as Result<M[K]['result']>) : err('no-answer');
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}
