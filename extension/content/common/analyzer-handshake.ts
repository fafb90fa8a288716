/**
 * The full analyser's entry points, as analyzer.js leaves them for the content script. The
 * popup injects analyzer.js (scripting.executeScript) when a reader asks for the report, and
 * the background does when the reader annotates a selection; both files run in the
 * extension's isolated world of the page, so this global is theirs alone and the page's own
 * scripts never see it.
 */
import type { PageText } from '../../../src/extract/blocks';
import type { Report } from '../../../src/report';
import type { Tier } from '../../shared/dispatch';
import type { PageToContent, PageToContentScript } from '../../shared/protocol';

export const FULL_KEY = '__provenanceLensFull';

/** The page's cached full report (page/report-cache.ts), which each message's handler gets. */
export interface Session {
  /** The full report, from the cache unless `force` or the article changed. */
  report(force?: boolean): Report;
  /** Whether a full report is cached (the popup asked for one on this article). */
  hasReport(): boolean;
  /** Forgets the cached report: the page now shows another article. */
  invalidate(): void;
}

export interface FullAnalyzer {
  /**
   * The full report (Readability, the public-suffix list): what the command line reports.
   * `page`: the page's text blocks when already read (by the badge pass, the page unchanged since).
   */
  analyze(doc: Document, url: string, page?: PageText | null): Report;
  /**
   * The content script's tier with analyzer.js's methods added (highlighting, captures, the
   * reader's annotations), so content.js carries neither their code nor their guards.
   */
  extend(base: Tier<PageToContentScript, Session>): Tier<PageToContent, Session>;
}

/** The full analyser, when analyzer.js has been injected into this page. */
export function fullAnalyzer(): FullAnalyzer | null {
  return ((globalThis as Record<string, unknown>)[FULL_KEY] as FullAnalyzer | undefined) ?? null;
}
