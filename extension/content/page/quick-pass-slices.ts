/**
 * The automatic badge pass, in slices. The page's text is read a few hundred nodes at a time,
 * each slice at most `SLICE_MS` long and run when the page is idle, then the detectors run
 * over it in one more idle task: on a page of any size, a reader scrolling or typing waits on
 * the extension for one slice at most. An ordinary page takes two: its text, then the rest.
 */
import { MAX_TEXT_CHARS } from '../../../src/analyze';
import { blockReader, type PageText } from '../../../src/extract/blocks';
import { type QuickPassResult, quickPass } from '../../../src/quick-pass';

/** Longest stretch of reading the page's text before giving the thread back. */
export const SLICE_MS = 8;
/** Nodes read between two looks at the clock. */
const NODES = 250;

type Later = (fn: () => void) => void;

const idle: Later = (fn) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 0);
};

/**
 * Runs the quick pass on `doc` and hands its result, and the page's text it read, to `done`. `onSlice` hears the start and end
 * of every slice (performance.now()). Returns a function that abandons the pass.
 */
export function quickPassInSlices(
  doc: Document,
  url: () => string,
  done: (hint: QuickPassResult, page: PageText) => void,
  onSlice?: (start: number, end: number) => void,
  later: Later = idle,
): () => void {
  let cancelled = false;
  const reader = blockReader(doc, MAX_TEXT_CHARS);
  // The detectors and the chain in a task of their own: on its first call that code has never
  // run in this page, and after the walk's last slice it would make one long task.
  const assess = (page: PageText) => () => {
    if (cancelled) return;
    const start = performance.now();
    const hint = quickPass(doc, url(), page);
    onSlice?.(start, performance.now());
    done(hint, page);
  };
  const slice = () => {
    if (cancelled) return;
    const start = performance.now();
    let page = reader.read(NODES);
    while (!page && performance.now() - start < SLICE_MS) page = reader.read(NODES);
    onSlice?.(start, performance.now());
    later(page ? assess(page) : slice);
  };
  later(slice);
  return () => {
    cancelled = true;
  };
}
