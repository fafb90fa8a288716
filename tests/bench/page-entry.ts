/**
 * The analyser's entry points as the content script runs them, exposed to a benchmark page.
 * Built by scripts/bench.mjs into one classic script and added to each corpus page.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../../src/analyze';

const url = () => location.href;

(globalThis as unknown as { __lensBench: Record<string, () => unknown> }).__lensBench = {
  clone: () => document.cloneNode(true),
  readability: () => new Readability(document.cloneNode(true) as Document).parse(),
  quick: () => analyze(document, { url: url(), quick: true }),
  full: () => analyze(document, { url: url() }),
};
