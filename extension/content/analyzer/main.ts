/**
 * analyzer.js: the full analyser, injected by the popup when a reader asks for the report (and
 * by the background when they annotate a selection). It carries what the always-injected
 * content script leaves out to stay small: Readability, tldts with the whole public-suffix
 * list, "Show on page", captures and annotations. It only registers itself; the content script
 * (main.ts) receives the messages and hands these methods to it.
 */
import { analyze } from '../../../src/analyze';
import { FULL_KEY, type FullAnalyzer } from '../common/analyzer-handshake';
import { analyzerTier } from './analyzer-tier';
import { ownAnnotations } from './annotate';
import { uuid } from './capture';

const scope = globalThis as Record<string, unknown>;

// A second injection finds the first one registered and leaves it, with its annotations, alone.
if (!scope[FULL_KEY]) {
  const tier = analyzerTier(ownAnnotations({ now: () => new Date(), newId: uuid }));
  const full: FullAnalyzer = {
    analyze: (doc, url, page) => analyze(doc, { url, page: page ?? undefined }),
    extend: (base) => ({
      guards: { ...base.guards, ...tier.guards },
      handlers: { ...base.handlers, ...tier.handlers },
    }),
  };
  scope[FULL_KEY] = full;
}
