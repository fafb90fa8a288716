/**
 * The methods analyzer.js answers for the content script (see full.ts): "Show on page", the
 * capture, the article's text and "Show differences" for a check of the chain, and the reader's own annotations (kept pending by the background's "Annotate
 * selection", then given their comment, or dropped, by the annotate window). Guards and sender
 * checks are the content script's: these handlers only run for a well-formed message from an
 * extension page.
 */
import { analyze } from '../../../src/analyze';
import { articleText } from '../../../src/verify/text';
import type { Tier } from '../../shared/dispatch';
import { type PageToAnalyzer, pageToAnalyzer } from '../../shared/protocol';
import type { Session } from '../common/analyzer-handshake';
import type { OwnAnnotations } from './annotate';
import { captureDraft } from './capture';
import { clearHighlights, highlightPassages, highlightQuote } from './highlight';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

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
      // The same Readability pass as the report, with the article's HTML kept: the text a check
      // compares. The comparison itself runs in the popup, off the page's thread.
      articleText: () => {
        const content = analyze(document, { url: location.href, includeContent: true }).article
          ?.content;
        return { text: articleText(content, parse) };
      },
      highlightPassages: ({ passages }) => ({ found: highlightPassages(document, passages) }),
    },
  };
}
