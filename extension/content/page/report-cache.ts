/**
 * The content script's full report on the page it runs in (from analyzer.js, once the popup has
 * injected it), computed when the popup asks and kept until the article changes. The badge's
 * quick pass is quick-pass-slices.ts.
 */
import type { PageText } from '../../../src/extract/blocks';
import type { Report } from '../../../src/report';
import type { BadgeState } from '../../shared/protocol';
import type { FullAnalyzer, Session } from '../common/analyzer-handshake';

export type { Session };

/** The hint the badge shows after a full analysis: the credited original, if any. */
export function badgeStateFromReport(report: Report): BadgeState {
  const original = report.status === 'cross-post' ? report.chain.at(-1) : undefined;
  return {
    status: report.status,
    source: original?.publisher ?? original?.domain ?? null,
    date: original?.date ?? null,
    full: true,
  };
}

export function createSession(
  doc: Document,
  url: () => string,
  full: () => FullAnalyzer | null,
  /** The page's text as the badge pass read it, while the page is unchanged. */
  text: () => PageText | null = () => null,
): Session {
  let cached: { url: string; report: Report } | null = null;
  return {
    report(force = false) {
      if (!force && cached && cached.url === url()) return cached.report;
      const analyzer = full();
      if (!analyzer) throw new Error('analyzer-missing');
      const report = analyzer.analyze(doc, url(), text());
      cached = { url: url(), report };
      return report;
    },
    hasReport: () => cached !== null,
    invalidate: () => {
      cached = null;
    },
  };
}
