/**
 * The methods analyzer.js answers for the content script (see full.ts): "Show on page", the
 * capture, and the reader's own annotations (kept pending by the background's "Annotate
 * selection", then given their comment, or dropped, by the annotate window). Guards and sender
 * checks are the content script's: these handlers only run for a well-formed message from an
 * extension page.
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
      annotateSelection: () => own.select(document, location.href),
      pendingAnnotation: ({ pending }) => own.pending(pending),
      addAnnotation: ({ pending, comment }) => own.add(document, pending, comment),
      dropAnnotation: ({ pending }) => own.drop(document, pending),
      annotations: () => own.list(location.href),
    },
  };
}
