/**
 * The capture: what a researcher saves of a page. Plain data only, so a capture can cross
 * message boundaries, sit in IndexedDB, and be exported by the pure functions beside this file.
 */
import type { Evidence, EvidenceKind, EvidenceSource, Report, Verification } from '../../report';
import { type ParseHtml, sanitizeHtml } from '../safety/sanitize';
import { evidenceSelectors } from './anchor';

/** Bumped when a stored or exported capture changes shape in a way old readers cannot take. */
export const CAPTURE_FORMAT_VERSION = 1 as const;

/** A result that crosses a boundary: never a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The W3C motivations a capture uses. */
export type Motivation = 'highlighting' | 'commenting' | 'identifying';

/** W3C TextQuoteSelector: the quoted words and the words either side (empty when unknown). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: character offsets in the page's text content, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A quote always; a position only when the offsets are known to be right. */
export type Selectors = [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector];

/** W3C Web Annotation, reduced to what a capture needs. */
export interface Annotation {
  /** An absolute IRI, normally `urn:uuid:…`. */
  id: string;
  motivation: Motivation;
  /** ISO 8601 date-time. */
  created: string;
  creator: 'extension' | 'user';
  target: { source: string; selector: Selectors };
  /** The comment's text (required for `commenting`), otherwise null. */
  body: string | null;
  /** Set when the annotation marks a piece of the report's evidence. */
  evidence: { kind: EvidenceKind; source: EvidenceSource } | null;
}

/** The whole page as HTML with scripts removed, and an honest list of what was lost. */
export interface Snapshot {
  html: string;
  omitted: string[];
}

/** A PNG screenshot of the visible page. */
export interface Screenshot {
  /** `data:image/png;base64,…` */
  dataUrl: string;
  width: number;
  height: number;
}

export interface Capture {
  id: string;
  version: typeof CAPTURE_FORMAT_VERSION;
  /** The page address (http or https). */
  url: string;
  title: string;
  /** ISO 8601 date-time of the save. */
  savedAt: string;
  report: Report;
  /** The article's HTML, sanitised. */
  articleHtml: string;
  snapshot: Snapshot;
  screenshot: Screenshot | null;
  annotations: Annotation[];
  note: string;
  tags: string[];
  /**
   * The checks of the page against its original made before it was saved, oldest first, each
   * as the report's `verification` gives it; absent in captures saved without one.
   */
  verifications?: Verification[];
}

export interface CaptureInput {
  url: string;
  report: Report;
  /** Defaults to the article's title, then the address. */
  title?: string;
  /** Defaults to `report.article.content`. */
  articleHtml?: string;
  snapshot?: Snapshot;
  screenshot?: Screenshot | null;
  /** The page's text content, to anchor evidence with prefix and suffix. */
  pageText?: string | null;
  /** The researcher's own annotations, kept as given. */
  annotations?: Annotation[];
  note?: string;
  tags?: string[];
  /** Checks of the page against its original, as `withChecks` takes them. */
  verifications?: readonly Verification[];
}

export interface CaptureOptions {
  now?: Date;
  /** Returns a fresh UUID; injectable so tests are repeatable. */
  newId?: () => string;
  /** When given, the article and snapshot HTML are sanitised here (DOMParser or linkedom). */
  parse?: ParseHtml;
}

/**
 * Builds a capture, turning the report's on-page evidence into `identifying` annotations.
 * `url` must be the page's http(s) address (and the `source` of any annotations passed in),
 * or the capture will not pass `validateCapture`.
 */
export function makeCapture(input: CaptureInput, options: CaptureOptions = {}): Capture {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const savedAt = (options.now ?? new Date()).toISOString();
  const { report, url } = input;
  let articleHtml = input.articleHtml ?? report.article?.content ?? '';
  let snapshot: Snapshot = input.snapshot ?? { html: '', omitted: ['page snapshot not taken'] };
  if (options.parse) {
    articleHtml = sanitizeHtml(articleHtml, options.parse).html;
    const clean = sanitizeHtml(snapshot.html, options.parse);
    snapshot = { html: clean.html, omitted: [...snapshot.omitted, ...clean.removed] };
  }
  const evidence = evidenceAnnotations(report, url, input.pageText ?? null, savedAt, newId);
  const capture: Capture = {
    id: newId(),
    version: CAPTURE_FORMAT_VERSION,
    url,
    title: input.title ?? report.article?.title ?? url,
    savedAt,
    report,
    articleHtml,
    snapshot,
    screenshot: input.screenshot ?? null,
    annotations: [...evidence, ...(input.annotations ?? [])],
    note: input.note ?? '',
    tags: normaliseTags(input.tags ?? []),
  };
  return input.verifications?.length ? withChecks(capture, input.verifications) : capture;
}

/**
 * The capture with `checks` added to the ones it carries: each check once (the same address,
 * time and result are the same check), oldest first, and the report's `verification` the latest.
 * Checks are only ever added: one already in the capture stays as it is.
 */
export function withChecks(capture: Capture, checks: readonly Verification[]): Capture {
  const all: Verification[] = [];
  const seen = new Set<string>();
  for (const check of [...(capture.verifications ?? []), ...checks]) {
    const key = [check.checkedAt, check.url, check.finalUrl, check.status].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(check);
  }
  if (!all.length) return capture;
  // A stable sort: checks made in the same millisecond keep the order they were made in.
  all.sort((a, b) => Date.parse(a.checkedAt) - Date.parse(b.checkedAt));
  const latest = all[all.length - 1] as Verification;
  return { ...capture, report: { ...capture.report, verification: latest }, verifications: all };
}

/** Trimmed, non-empty, each once (the first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

function evidenceAnnotations(
  report: Report,
  url: string,
  pageText: string | null,
  created: string,
  newId: () => string,
): Annotation[] {
  const out: Annotation[] = [];
  const seen = new Set<string>();
  for (const ev of allEvidence(report)) {
    const key = `${ev.kind}\u0000${ev.text}\u0000${ev.position?.start ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const selector = evidenceSelectors(ev, pageText);
    if (!selector) continue;
    out.push({
      id: `urn:uuid:${newId()}`,
      motivation: 'identifying',
      created,
      creator: 'extension',
      target: { source: url, selector },
      body: null,
      evidence: { kind: ev.kind, source: ev.source },
    });
  }
  return out;
}

// Hop evidence is usually repeated in `report.evidence`, but the contract does not promise it.
function allEvidence(report: Report): Evidence[] {
  return [...report.evidence, ...report.chain.flatMap((hop) => hop.evidence)];
}
