// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { quickPassInSlices } from '../../../extension/content/page/quick-pass-slices';
import { SOURCE_DETECTORS } from '../../../src/detectors';
import { readBlocks } from '../../../src/extract/blocks';
import { quickPass, quickPassSteps } from '../../../src/quick-pass';

const URL_ = 'https://news.example/2024/05/story';

/** Runs the pass with a queue standing in for idle callbacks; returns what it reported. */
function run(cancelAfter = Number.POSITIVE_INFINITY) {
  const queue: Array<() => void> = [];
  const slices: Array<[number, number]> = [];
  const results: Array<{ hint: unknown; blocks: number }> = [];
  const abandon = quickPassInSlices(
    document,
    () => URL_,
    (hint, page) => results.push({ hint, blocks: page.blocks.length }),
    (a, b) => slices.push([a, b]),
    (fn) => queue.push(fn),
  );
  let tasks = 0;
  while (queue.length) {
    if (tasks++ === cancelAfter) abandon();
    queue.shift()!();
  }
  return { slices, results, tasks };
}

describe('quickPassInSlices', () => {
  it('reads the text, then assesses it in tasks of its own, as quickPass does in one', () => {
    document.body.innerHTML =
      '<article><h1>Story</h1><p>Words of the story.</p><p>This article first appeared on Example News (example-news.org).</p></article>';
    const { slices, results, tasks } = run();
    // The walk's one slice, then the steps in one slice or more.
    expect(tasks).toBeGreaterThanOrEqual(2);
    expect(slices).toHaveLength(tasks);
    expect(results).toEqual([
      { hint: quickPass(document, URL_), blocks: readBlocks(document).blocks.length },
    ]);
  });

  it('reads a long page in several slices and still reports once', () => {
    document.body.innerHTML = `<article>${'<p>A line of text.</p>'.repeat(3000)}<p>Originally published by Example News.</p></article>`;
    const { slices, results } = run();
    expect(slices.length).toBeGreaterThanOrEqual(2);
    expect(results).toHaveLength(1);
    expect(results[0]!.hint).toEqual(quickPass(document, URL_));
  });

  it.each([0, 1])('reports nothing once abandoned after %i tasks', (n) => {
    document.body.innerHTML = '<p>This article first appeared on Example News.</p>';
    expect(run(n).results).toEqual([]);
  });
});

describe('quickPassSteps', () => {
  it('yields between the detectors and ends with what quickPass gives', () => {
    const prose =
      '<p>The council voted on the budget late on Tuesday, after a long debate about schools, roads and the cost of the new library that residents had asked for.</p>';
    document.body.innerHTML = `<article><h1>Budget passes</h1>${prose.repeat(4)}<p>This article first appeared on Example News (example-news.org).</p></article>`;
    const steps = quickPassSteps(document, URL_);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(SOURCE_DETECTORS.length);
    expect(step.value).toEqual(quickPass(document, URL_));
    expect(step.value.status).toBe('cross-post');
  });
});
