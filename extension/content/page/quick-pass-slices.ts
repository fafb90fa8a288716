/**
 * The automatic badge pass, in slices. The page's text is read a few hundred nodes at a time,
 * then the pass goes on in steps (the publisher table, each detector, the status and chain);
 * each slice at most about `SLICE_MS` long and run when the page is idle: on a page of any size,
 * a reader scrolling or typing waits on the extension for one slice at most. An ordinary page
 * takes two or three. (On a cold page each step's code runs for the first time, and the steps in
 * one task made a long one.)
 */
import { MAX_TEXT_CHARS, type Steps } from '../../../src/analyze';
import { blockReader, type PageText } from '../../../src/extract/blocks';
import { type QuickPassResult, quickPassSteps } from '../../../src/quick-pass';

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
 * Runs the quick pass on `doc` and hands its result, and the page's text it read, to `done`.
 * `onSlice` hears the start and end of every slice (performance.now()). Returns a function that
 * abandons the pass.
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
  const assess = (page: PageText, steps: Steps<QuickPassResult>) => () => {
    if (cancelled) return;
    const start = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - start < SLICE_MS) step = steps.next();
    onSlice?.(start, performance.now());
    if (step.done) done(step.value, page);
    else later(assess(page, steps));
  };
  const slice = () => {
    if (cancelled) return;
    const start = performance.now();
    let page = reader.read(NODES);
    while (!page && performance.now() - start < SLICE_MS) page = reader.read(NODES);
    onSlice?.(start, performance.now());
    later(page ? assess(page, quickPassSteps(doc, url(), page)) : slice);
  };
  later(slice);
  return () => {
    cancelled = true;
  };
}
