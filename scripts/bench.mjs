#!/usr/bin/env node
// `npm run bench`: what the extension and the command-line tool cost, as ratios against
// baselines run in the same place — Readability alone in the same page (Chromium),
// metascraper in the same process (Node) — plus bundle sizes and the time "Check against the
// original" takes to compare two 10,000-word texts, checked against the budgets of
// docs/PERFORMANCE.md. Prints a table and writes artifacts/bench.json.
//
//   node scripts/bench.mjs [--corpus DIR] [--runs N] [--pages N] [--skip-chromium] [--skip-node]
//
// DIR holds <slug>/source.html pages (a `url` file beside one gives its address); the default
// is tests/fixtures. --runs: warm calls of each kind per page in Chromium (default 5); --pages: only the
// first N pages (a quick look, not a report). The comparison is timed in every run (a second
// or so): `--skip-chromium --skip-node` measures it and the bundle sizes alone.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'vite';
import { checkBudgets } from '../tests/bench/budgets.mjs';
import { runChromium } from '../tests/bench/chromium.mjs';
import { summarizeChromium } from '../tests/bench/chromium-summary.mjs';
import { runCompare } from '../tests/bench/compare.mjs';
import { runLibrarySearch } from '../tests/bench/library.mjs';
import { runNode } from '../tests/bench/node.mjs';
import { table } from '../tests/bench/table.mjs';
import { runPass } from './build.mjs';
import { bundleSizes } from './bundle-size.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const corpus = resolve(flag('--corpus', resolve(root, 'tests/fixtures')));
const runs = Number(flag('--runs', '5'));
const limit = Number(flag('--pages', '0'));
const out = resolve(root, '.tmp/bench');
const log = (s) => console.error(s);
process.env.TMPDIR ??= resolve(root, '.tmp');

// ── the corpus ───────────────────────────────────────────────────────────────────────────
const pages = [];
for (const slug of (await readdir(corpus)).sort()) {
  const file = resolve(corpus, slug, 'source.html');
  const html = await readFile(file, 'utf8').catch(() => null);
  if (html === null) continue;
  // Readability's test pages were saved at this address; metascraper needs a URL with a TLD.
  const url =
    (await readFile(resolve(corpus, slug, 'url'), 'utf8').catch(() => '')).trim() ||
    'https://fakehost.com/test/page.html';
  pages.push({ slug, file, html, url, bytes: Buffer.byteLength(html) });
  if (limit && pages.length >= limit) break;
}
if (!pages.length) {
  console.error(`bench: no <slug>/source.html pages in ${corpus}`);
  process.exit(2);
}

// ── builds ───────────────────────────────────────────────────────────────────────────────
log('bench: building the release, test and benchmark packages…');
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--test'], { cwd: root });
if (built.status !== 0) {
  process.stderr.write(built.stderr);
  process.exit(1);
}
await mkdir(out, { recursive: true });
// The test build, its content.js rebuilt with the benchmark's probe (bench-probe.ts).
const benchExt = resolve(root, 'dist/chrome-bench');
await rm(benchExt, { recursive: true, force: true });
await cp(resolve(root, 'dist/chrome-test'), benchExt, { recursive: true });
await runPass('content', {
  logLevel: 'silent',
  define: { __LENS_BENCH__: 'true' },
  build: { outDir: benchExt },
});
// Readability alone, for the page's own world.
await build({
  configFile: false,
  logLevel: 'silent',
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: out,
    emptyOutDir: false,
    target: ['chrome120'],
    lib: {
      entry: resolve(root, 'tests/bench/page-entry.ts'),
      name: 'lensBaseline',
      formats: ['iife'],
      fileName: () => 'baseline.js',
    },
  },
});
// The command-line tool's code, with its own build settings.
await runPass('cli', {
  logLevel: 'silent',
  build: {
    outDir: resolve(out, 'node'),
    emptyOutDir: true,
    ssr: resolve(root, 'tests/bench/node-entry.ts'),
    rolldownOptions: { output: { entryFileNames: 'node.mjs', banner: '' } },
  },
});

// ── bundle sizes (release build) ─────────────────────────────────────────────────────────
const bundles = await bundleSizes(resolve(root, 'dist/chrome'));

// ── runs ─────────────────────────────────────────────────────────────────────────────────
const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? null,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: (await readFile('/proc/loadavg', 'utf8').catch(() => '')).split(' ').slice(0, 3),
  },
  corpus,
  pages: pages.length,
  bundles,
};

if (!args.includes('--skip-node')) {
  log(`bench: Node, ${pages.length} pages…`);
  result.node = await runNode({ pages, bundle: resolve(out, 'node/node.mjs'), log });
}

if (!args.includes('--skip-chromium')) {
  log(`bench: Chromium, ${pages.length} pages, ${runs} warm calls of each…`);
  const baseline = await readFile(resolve(out, 'baseline.js'), 'utf8');
  const { browserVersion, rows } = await runChromium({
    pages,
    extension: benchExt,
    baseline,
    runs,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    log,
  });
  result.machine.chromium = browserVersion;
  result.chromium = summarizeChromium(rows, runs);
}

// The comparison, with the command-line tool's build of src/verify/compare.ts.
log('bench: comparing two 10,000-word texts…');
result.compare = await runCompare({ bundle: resolve(out, 'node/node.mjs') });
log('bench: searching a library of 1,000 captures…');
result.librarySearch = await runLibrarySearch({ bundle: resolve(out, 'node/node.mjs') });

// ── budgets ──────────────────────────────────────────────────────────────────────────────
result.budgets = checkBudgets(result, bundles);

await mkdir(resolve(root, 'artifacts'), { recursive: true });
await writeFile(resolve(root, 'artifacts/bench.json'), `${JSON.stringify(result, null, 2)}\n`);

console.log(table(result, corpus));
await stat(resolve(root, 'artifacts/bench.json'));
