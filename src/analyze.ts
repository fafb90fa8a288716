import { REPORT_SCHEMA, type Report } from './report';

export interface AnalyzeOptions {
  /** The address the page was loaded from. */
  url?: string | null;
  /** Keep Readability's article HTML in `article.content` (captures need it). */
  includeContent?: boolean;
}

/** Analyse a document. The document is never modified: Readability runs on a clone. */
export function analyze(_doc: Document, options: AnalyzeOptions = {}): Report {
  return {
    schema: REPORT_SCHEMA,
    url: options.url ?? null,
    status: 'unknown',
    article: null,
    chain: [],
    copyright: [],
    license: null,
    attribution: null,
    republishing: null,
    evidence: [],
  };
}

/** Parse HTML with the given DOMParser implementation and analyse it. */
export function analyzeHtml(
  html: string,
  options: AnalyzeOptions & { parse: (html: string) => Document },
): Report {
  return analyze(options.parse(html), options);
}
