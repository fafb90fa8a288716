/**
 * The provenance report, version 1: the contract every part of the product shares
 * (content script, popup, captures, exports, command line). Fields named in
 * ../shared/spec/report-v1.md may not be renamed or dropped; additions are allowed.
 * The JSON Schema in `report.schema.json` mirrors these types and is checked in tests.
 */

export const REPORT_SCHEMA = 'provenance-report/1' as const;

export type Status = 'original' | 'cross-post' | 'unknown' | 'not-article';

/** Where a signal was found on the page. */
export type EvidenceSource = 'text' | 'meta' | 'json-ld' | 'link' | 'url';

/** What kind of signal a piece of evidence is. */
export type EvidenceKind =
  | 'original-source'
  | 'republished-from'
  | 'more-from'
  | 'source-line'
  | 'provider-line'
  | 'dated-source'
  | 'via'
  | 'wire'
  | 'wire-copyright'
  | 'copyright-credit'
  | 'tracking-pixel'
  | 'canonical'
  | 'og-url'
  | 'site-name'
  | 'syndication-source'
  | 'original-source-meta'
  | 'dc-source'
  | 'dc-publisher'
  | 'citation'
  | 'json-ld-based-on'
  | 'json-ld-source-organization'
  | 'microdata-source-organization'
  | 'json-ld-provider'
  | 'json-ld-credit'
  | 'json-ld-publisher'
  | 'copyright'
  | 'license'
  | 'republishing-terms'
  | 'address'
  | 'published-date';

export interface Evidence {
  kind: EvidenceKind;
  /** The words as they stand on the page (or the meta value), whitespace collapsed. */
  text: string;
  source: EvidenceSource;
  /** Optional anchor for highlighting: character offset of `text` in the page's text content. */
  position?: { start: number; end: number } | null;
  /** Strength of the signal: `strong` (an explicit credit), `weak` (a bare name or inferred). */
  strength?: 'strong' | 'weak';
}

export type HopRole = 'host' | 'intermediate' | 'original';

export interface Hop {
  role: HopRole;
  publisher: string | null;
  domain: string | null;
  url: string | null;
  date: string | null;
  evidence: Evidence[];
}

export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Readability's excerpt, if any. */
  excerpt?: string | null;
  /** Readability's sanitised article HTML; only filled when asked for (captures). */
  content?: string | null;
  /** Words in the article text. */
  length?: number;
}

export interface CopyrightNotice {
  text: string;
  holders: string[];
  year: number | null;
  /** Where the notice stands: the article, the site footer, a photo credit, or metadata. */
  scope?: 'article' | 'site' | 'media' | 'meta';
}

export interface License {
  name: string | null;
  url: string | null;
  text: string | null;
}

export interface Attribution {
  sourceNamed: boolean;
  copyrightKept: boolean;
  originalLinked: boolean;
}

export type Requirement =
  | 'credit-source'
  | 'keep-copyright'
  | 'link-original'
  | 'no-edits'
  | 'non-commercial'
  | 'ask-permission';

export interface Republishing {
  text: string;
  requires: Requirement[];
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  url: string | null;
  status: Status;
  article: Article | null;
  chain: Hop[];
  copyright: CopyrightNotice[];
  license: License | null;
  attribution: Attribution | null;
  republishing: Republishing | null;
  evidence: Evidence[];
  /** One plain sentence describing the status, for summaries and the popup header. */
  summary?: string;
  /** Problems met while analysing that did not stop it (e.g. "page too large: text truncated"). */
  warnings?: string[];
  /** The check of the chain against the original's own page; null when none was asked for. */
  verification?: Verification | null;
}

export type VerificationStatus =
  | 'same-text'
  | 'excerpt'
  | 'expanded'
  | 'different'
  | 'not-article'
  | 'unreachable';

export type DateOrder = 'original-first' | 'same-day' | 'copy-first' | 'unknown';

/** Why the original could not be read: `http-404`, `http-500`, … for an HTTP error status. */
export type VerificationError =
  | 'timeout'
  | 'too-large'
  | 'not-html'
  | 'network'
  | 'blocked-scheme'
  | `http-${number}`;

export interface Verification {
  /** The address fetched. */
  url: string;
  /** Where the redirects ended (the address that answered); null when nothing answered. */
  finalUrl: string | null;
  checkedAt: string;
  status: VerificationStatus;
  /** Share of this copy's article text found in the original. */
  containment: number | null;
  /** Share of the original's article text found in this copy. */
  coverage: number | null;
  original: { title: string | null; publisher: string | null; publishedTime: string | null } | null;
  dateOrder: DateOrder;
  error: VerificationError | null;
  /** This copy's passages not found in the original: character ranges in its article text. */
  unmatched?: Array<{ start: number; end: number }>;
}
