/**
 * The baseline inside each benchmark page: Readability alone on a clone of the document, and
 * the clone alone, in the page's own world (the extension's work is timed in its content
 * script, see extension/content/page/bench-probe.ts). Built by scripts/bench.mjs as a classic script.
 */
import { Readability } from '@mozilla/readability';

(globalThis as unknown as { __lensBaseline: Record<string, () => unknown> }).__lensBaseline = {
  readability: () => new Readability(document.cloneNode(true) as Document).parse(),
  clone: () => document.cloneNode(true),
};
