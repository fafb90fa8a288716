/**
 * analyzer.js: the full analyser, injected by the popup when a reader asks for the report.
 * It carries what the always-injected content script leaves out to stay small: Readability,
 * tldts with the whole public-suffix list, and "Show on page". It only registers itself;
 * the content script (main.ts) answers the popup's requests with it.
 */
import { analyze } from '../../src/analyze';
import { FULL_KEY, type FullAnalyzer } from './full';
import { clearHighlights, highlightQuote } from './highlight';

const full: FullAnalyzer = {
  analyze: (doc, url) => analyze(doc, { url }),
  highlight: highlightQuote,
  clearHighlights,
};
(globalThis as Record<string, unknown>)[FULL_KEY] ??= full;
