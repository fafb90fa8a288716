/**
 * The content script's analysis of the page it runs in: the cheap pass for the badge, and the
 * full report, computed when the popup asks and kept until the article changes.
 */
import { analyze, quickScan } from '../../src/index';
import type { Report } from '../../src/report';
import type { Hint } from '../shared/protocol';

/** The hint the badge shows after a full analysis: the credited original, if any. */
export function hintFromReport(report: Report): Hint {
  const original = report.status === 'cross-post' ? report.chain.at(-1) : undefined;
  return {
    status: report.status,
    source: original?.publisher ?? original?.domain ?? null,
    date: original?.date ?? null,
    full: true,
  };
}

export interface Session {
  /** The cheap pass (no Readability): metadata and a scan of the text. */
  quick(): Hint;
  /** The full report, from the cache unless `force` or the article changed. */
  report(force?: boolean): Report;
  /** Whether a full report is cached (the popup asked for one on this article). */
  hasReport(): boolean;
  /** Forgets the cached report: the page now shows another article. */
  invalidate(): void;
}

export function createSession(doc: Document, url: () => string): Session {
  let cached: { url: string; report: Report } | null = null;
  return {
    quick: () => ({ ...quickScan(doc, url()), full: false }),
    report(force = false) {
      if (!force && cached && cached.url === url()) return cached.report;
      const report = analyze(doc, { url: url() });
      cached = { url: url(), report };
      return report;
    },
    hasReport: () => cached !== null,
    invalidate: () => {
      cached = null;
    },
  };
}
