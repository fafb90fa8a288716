/**
 * The methods analyzer.js answers for the content script (see full.ts): "Show on page", the
 * capture, and the reader's own annotations. Guards and sender checks are the content
 * script's: these handlers only run for a well-formed message from an extension page.
 */
import type { Tier } from '../shared/dispatch';
import { type PageToAnalyzer, pageToAnalyzer } from '../shared/protocol';
import type { OwnAnnotations } from './annotate';
import { captureDraft } from './capture';
import { clearHighlights, highlightQuote } from './highlight';
import type { Session } from './session';

export function analyzerTier(own: OwnAnnotations): Tier<PageToAnalyzer, Session> {
  return {
    guards: pageToAnalyzer,
    handlers: {
      highlight: (req) => ({ found: highlightQuote(document, req) }),
      clearHighlights: () => {
        clearHighlights(document);
        return null;
      },
      capture: (_, session) =>
        captureDraft(document, location.href, session.report(), own.list(location.href)),
      annotateSelection: () => own.open(document, location.href),
      annotations: () => own.list(location.href),
    },
  };
}
