#!/usr/bin/env node
// The figures behind the thresholds of src/verify/compare.ts: containment and coverage of every
// pair in tests/unit/verify/pairs.ts, the verdict it gets, and how long a 10,000-word
// comparison takes. The table goes into docs/VERIFY.md.
//
//   node scripts/verify-thresholds.mjs
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const load = async (path) =>
  (await runnerImport(resolve(root, path), { configFile: false, logLevel: 'silent' })).module;
const { classify, compare } = await load('src/verify/compare.ts');
const { PAIRS, edited, generated } = await load('tests/unit/verify/pairs.ts');

const pct = (x) => `${(x * 100).toFixed(0)} %`;
console.log(
  '| kind | pair | words (copy / original) | containment | coverage | verdict | expected |',
);
console.log('|---|---|---|---|---|---|---|');
for (const p of PAIRS) {
  const c = compare(p.copy, p.original);
  const verdict = classify(c.containment, c.coverage);
  console.log(
    `| ${p.kind} | ${p.name} | ${c.copyWords} / ${c.originalWords} | ${pct(c.containment)} | ${pct(c.coverage)} | ${verdict} | ${verdict === p.expected ? p.expected : `**${p.expected}**`} |`,
  );
}

const original = generated(10_000, 7);
const copy = edited(original, 8);
for (let i = 0; i < 5; i++) compare(copy, original);
const times = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  compare(copy, original);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const c = compare(copy, original);
console.log(
  `\n10,000 words against 10,000 (${pct(c.containment)} / ${pct(c.coverage)}): median ${times[15].toFixed(1)} ms, slowest of 30 ${times.at(-1).toFixed(1)} ms`,
);
