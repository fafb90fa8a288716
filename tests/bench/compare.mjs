// "Check against the original"'s comparison in `npm run bench`: `compare` of
// src/verify/compare.ts on a generated pair of 10,000 words each (the copy has one word in a
// hundred changed and a paragraph of its own inserted; `generated` and `edited` of
// tests/unit/verify/pairs.ts), built with the command-line tool's build settings, timed in
// one process after a warm-up. The best and the median of the runs are reported.
import { stats } from './stats.mjs';

export async function runCompare({ bundle, words = 10_000, runs = 30, warmup = 5 }) {
  const { compare, edited, generated } = await import(bundle);
  const original = generated(words, 7);
  const copy = edited(original, 8);
  for (let i = 0; i < warmup; i++) compare(copy, original);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    compare(copy, original);
    times.push(performance.now() - t);
  }
  const c = compare(copy, original);
  return {
    runs,
    copyWords: c.copyWords,
    originalWords: c.originalWords,
    containment: c.containment,
    coverage: c.coverage,
    bestMs: Math.min(...times),
    ms: stats(times),
  };
}
