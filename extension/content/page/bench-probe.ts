/**
 * Compiled into the benchmark's build of content.js only (`__LENS_BENCH__`, scripts/bench.mjs),
 * never into the release: it lets the benchmark time this script's own work in the page.
 *
 * The page asks by setting `data-provenance-lens-bench` on <html> to "quick N", "full N",
 * "readability N" or "clone N" and dispatching a `provenance-lens-bench` event on the document
 * (DOM attributes and events cross from the page's world into the content script's). The
 * answer is JSON in `data-provenance-lens-bench-result`: the automatic pass's slices, and N
 * timed runs. "readability" is Readability alone on a clone, run here, in the content script's
 * world, like the extension's own work (its own copy of Readability, not analyzer.js's).
 */
import Readability from '@mozilla/readability/Readability.js';
import { quickPass } from '../../../src/quick-pass';
import type { Session } from './report-cache';

export interface BenchProbe {
  slice(start: number, end: number): void;
  passDone(): void;
}

export function benchProbe(session: Session, url: () => string): BenchProbe {
  const slices: Array<[number, number]> = [];
  let passDone: number | null = null;
  const root = document.documentElement;
  document.addEventListener('provenance-lens-bench', () => {
    const [what, n] = (root.getAttribute('data-provenance-lens-bench') ?? '').split(' ');
    const runs: Array<[number, number]> = [];
    for (let i = 0; i < Number(n || 1); i++) {
      const start = performance.now();
      if (what === 'full') session.report(true);
      else if (what === 'readability')
        new Readability(document.cloneNode(true) as Document).parse();
      else if (what === 'clone') document.cloneNode(true);
      else quickPass(document, url());
      runs.push([start, performance.now()]);
    }
    root.setAttribute(
      'data-provenance-lens-bench-result',
      JSON.stringify({ slices, passDone, runs }),
    );
  });
  return {
    slice: (start, end) => void slices.push([start, end]),
    passDone: () => {
      passDone = performance.now();
    },
  };
}
