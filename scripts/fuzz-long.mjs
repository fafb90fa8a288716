#!/usr/bin/env node
// The long fuzz run of the analyser: the property tests of tests/unit/fuzz/analyze.fuzz.test.ts
// with 10,000 cases under linkedom (and a twentieth of that under jsdom), counting failures instead
// of stopping at the first, then the figures.
//
//   node scripts/fuzz-long.mjs [cases] [--jsdom N] [--seed N]
//
// Prints: cases, crashes, schema failures, unsafe addresses, cases over their time bound, and the
// slowest case per MB. Exits non-zero when any case failed. The figures are also left in
// .tmp/fuzz-long.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const seed = option('--seed') ?? '20240607';
const jsdomCases = option('--jsdom');
const cases = Number(args[0] ?? 10_000);
if (!Number.isInteger(cases) || cases <= 0) {
  console.error('usage: node scripts/fuzz-long.mjs [cases] [--jsdom N] [--seed N]');
  process.exit(2);
}

mkdirSync(resolve(root, '.tmp'), { recursive: true });
const report = resolve(root, '.tmp/fuzz-long.json');
const started = performance.now();
const { status } = spawnSync(
  resolve(root, 'node_modules/.bin/vitest'),
  ['run', 'tests/unit/fuzz/analyze.fuzz.test.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      FUZZ_RUNS: String(cases),
      FUZZ_SEED: seed,
      FUZZ_REPORT: report,
      ...(jsdomCases ? { FUZZ_JSDOM_RUNS: jsdomCases } : {}),
    },
  },
);
const minutes = (performance.now() - started) / 60_000;

let figures;
try {
  figures = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error(`\nfuzz-long: no figures were written (${report}); vitest exited ${status}.`);
  process.exit(status || 1);
}

const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const mb = (x) => `${x.toFixed(3)} MB`;
console.log(
  `\nfuzz-long: seed ${figures.seed}, Node ${process.version}, ${cpus().length} cores, ${minutes.toFixed(1)} min, ${new Date().toISOString().slice(0, 10)}`,
);
for (const dom of ['linkedom', 'jsdom']) {
  const t = figures[dom];
  if (!t) continue;
  console.log(`
${dom}
  cases                 ${t.cases.toLocaleString('en')}
  crashes               ${t.crashes}
  schema failures       ${t.schemaFailures}
  unsafe addresses      ${t.unsafeFailures}
  over the time bound   ${t.overBound}
  refused by the parser ${t.parseErrors}
  HTML analysed         ${t.totalMB.toFixed(1)} MB in ${ms(t.totalMs)} (${ms(t.totalMs / t.totalMB)} per MB)
  slowest case per MB   (of ≥ ${t.minMB} MB) ${ms(t.slowestPerMB.msPerMB)}/MB: ${ms(t.slowestPerMB.ms)} for ${mb(t.slowestPerMB.mb)} — ${t.slowestPerMB.label}
  slowest case          ${ms(t.slowest.ms)} for ${mb(t.slowest.mb)} — ${t.slowest.label}
  closest to its bound  ${(100 * t.worstRatio.ratio).toFixed(1)}% (${ms(t.worstRatio.ms)} of ${ms(t.worstRatio.bound)}) — ${t.worstRatio.label}`);
  for (const f of t.failures) console.log(`  FAILED: ${f}`);
}
process.exit(status ?? 1);
