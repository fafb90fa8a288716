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
// is tests/fixtures. --runs: warm rounds per page in Chromium (default 5); --pages: only the
// first N pages (a quick look, not a report). The comparison is timed in every run (a second
// or so): `--skip-chromium --skip-node` measures it and the bundle sizes alone.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'vite';
import { runChromium } from '../tests/bench/chromium.mjs';
import { runCompare } from '../tests/bench/compare.mjs';
import { runLibrarySearch } from '../tests/bench/library.mjs';
import { runNode } from '../tests/bench/node.mjs';
import { fmt, percentile, stats } from '../tests/bench/stats.mjs';
import { runPass } from './build.mjs';
import { bundleSizes, SIZE_BUDGETS } from './bundle-size.mjs';

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

/** The budgets of docs/PERFORMANCE.md (sizes in KiB of gzip -9). */
const BUDGET = {
  badge: 0.2,
  full: 1.2,
  longTaskMs: 50,
  throughput: 2,
  compareMs: 50,
  librarySearch: 3,
  contentKiB: SIZE_BUDGETS.content,
  popupKiB: SIZE_BUDGETS.popup,
};

/** What is timed in each Chromium page (see tests/bench/chromium.mjs). */
const KEYS = ['readability', 'clone', 'quick', 'full', 'pageReadability', 'pageClone'];

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
  log(`bench: Chromium, ${pages.length} pages, ${runs} warm rounds each…`);
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
  const ok = rows.filter((r) => !r.error);
  const col = (phase, k) => ok.map((r) => r[phase][k]);
  const ratio = (phase, k) => ok.map((r) => r[phase][k] / r[phase].readability);
  const p95Bytes = percentile(
    ok.map((r) => r.bytes),
    95,
  );
  const upToP95 = ok.filter((r) => r.bytes <= p95Bytes);
  const largest = ok.filter((r) => r.bytes > p95Bytes);
  const tasks = (rs, kind) =>
    rs.flatMap((r) => r.longTasks[kind].map((ms) => ({ slug: r.slug, ms })));
  result.chromium = {
    pages: ok.length,
    runs,
    errors: rows.filter((r) => r.error).map((r) => `${r.slug}: ${r.error}`),
    ms: Object.fromEntries(
      ['first', 'warm'].map((ph) => [
        ph,
        Object.fromEntries(KEYS.map((k) => [k, stats(col(ph, k))])),
      ]),
    ),
    // Against Readability alone in the content script's world (the extension's own world).
    ratioToReadability: Object.fromEntries(
      ['first', 'warm'].map((ph) => [
        ph,
        {
          badgePass: stats(ratio(ph, 'quick')),
          fullReport: stats(ratio(ph, 'full')),
          clone: stats(ratio(ph, 'clone')),
        },
      ]),
    ),
    // The same against Readability alone in the page's own world, for reference.
    ratioToPageReadability: Object.fromEntries(
      ['first', 'warm'].map((ph) => [
        ph,
        {
          badgePass: stats(ok.map((r) => r[ph].quick / r[ph].pageReadability)),
          fullReport: stats(ok.map((r) => r[ph].full / r[ph].pageReadability)),
        },
      ]),
    ),
    analyzerInjectMs: stats(ok.map((r) => r.analyzerInjectMs)),
    longTasks: {
      p95PageBytes: p95Bytes,
      upToP95: {
        pages: upToP95.length,
        badgePass: tasks(upToP95, 'badge'),
        analyzerInjection: tasks(upToP95, 'inject'),
        fullReport: tasks(upToP95, 'full'),
      },
      largest: {
        pages: largest.length,
        badgePass: tasks(largest, 'badge'),
        analyzerInjection: tasks(largest, 'inject'),
        fullReport: tasks(largest, 'full'),
        slices: largest.map((r) => ({
          slug: r.slug,
          kB: Math.round(r.bytes / 1024),
          slices: r.badgePass.slices,
          longestSliceMs: r.badgePass.longestSliceMs,
          workMs: r.first.quick,
          wallMs: r.badgePass.wallMs,
        })),
      },
      pageOwn: ok.reduce((n, r) => n + r.longTasks.page.length, 0),
    },
    badgePassSlices: stats(ok.map((r) => r.badgePass.slices)),
    longestSliceMs: stats(ok.map((r) => r.badgePass.longestSliceMs)),
    rows,
  };
}

// The comparison, with the command-line tool's build of src/verify/compare.ts.
log('bench: comparing two 10,000-word texts…');
result.compare = await runCompare({ bundle: resolve(out, 'node/node.mjs') });
log('bench: searching a library of 1,000 captures…');
result.librarySearch = await runLibrarySearch({ bundle: resolve(out, 'node/node.mjs') });

// ── budgets ──────────────────────────────────────────────────────────────────────────────
const kib = (b) => b / 1024;
const budgets = [];
const check = (name, measured, met) => budgets.push({ name, measured, met });
if (result.chromium) {
  const r = result.chromium.ratioToReadability;
  const lt = result.chromium.longTasks;
  check(
    `badge pass ≤ ${BUDGET.badge}× Readability alone (median and p95)`,
    `first call ${fmt(r.first.badgePass.median)} / ${fmt(r.first.badgePass.p95)}, warm ${fmt(r.warm.badgePass.median)} / ${fmt(r.warm.badgePass.p95)}`,
    Math.max(
      r.first.badgePass.median,
      r.first.badgePass.p95,
      r.warm.badgePass.median,
      r.warm.badgePass.p95,
    ) <= BUDGET.badge,
  );
  check(
    `full report ≤ ${BUDGET.full}× Readability alone`,
    `first call ${fmt(r.first.fullReport.median)} (p95 ${fmt(r.first.fullReport.p95)}), warm ${fmt(r.warm.fullReport.median)} (p95 ${fmt(r.warm.fullReport.p95)})`,
    Math.max(r.first.fullReport.median, r.warm.fullReport.median) <= BUDGET.full,
  );
  const up = lt.upToP95;
  check(
    `no extension task over ${BUDGET.longTaskMs} ms on pages up to the p95 page (${Math.round(lt.p95PageBytes / 1024)} KB)`,
    `badge pass ${up.badgePass.length}, analyzer.js injection ${up.analyzerInjection.length}, full report ${up.fullReport.length}`,
    up.badgePass.length + up.analyzerInjection.length + up.fullReport.length === 0,
  );
  check(
    'largest pages: the badge pass yields (sliced, on idle)',
    `${lt.largest.pages} pages, ${lt.largest.badgePass.length} badge-pass tasks over ${BUDGET.longTaskMs} ms; longest slice ${fmt(Math.max(0, ...lt.largest.slices.map((s) => s.longestSliceMs)), 1)} ms`,
    lt.largest.badgePass.length === 0,
  );
}
if (result.node) {
  check(
    `command line ≥ ${BUDGET.throughput}× metascraper's throughput`,
    `${fmt(result.node.throughputRatio)}×`,
    result.node.throughputRatio >= BUDGET.throughput,
  );
}
{
  const c = result.compare;
  check(
    `comparing two 10,000-word texts ≤ ${BUDGET.compareMs} ms (best and median of ${c.runs} runs)`,
    `best ${fmt(c.bestMs, 1)} ms, median ${fmt(c.ms.median, 1)} ms`,
    c.ms.median <= BUDGET.compareMs,
  );
}
if (result.librarySearch) {
  const l = result.librarySearch;
  check(
    `library search ≤ ${BUDGET.librarySearch}× listing the library (${l.captures} captures)`,
    `${fmt(l.ratio)} (median ${fmt(l.searchMs.median, 1)} ms against ${fmt(l.listMs.median, 1)} ms; ${l.found} found)`,
    l.ratio <= BUDGET.librarySearch && l.found >= 1,
  );
}
check(
  `content script ≤ ${BUDGET.contentKiB} KB gzipped`,
  `${fmt(kib(bundles.content.gzip), 1)} KB`,
  kib(bundles.content.gzip) <= BUDGET.contentKiB,
);
check(
  `popup ≤ ${BUDGET.popupKiB} KB gzipped`,
  `${fmt(kib(bundles.popup.gzip), 1)} KB`,
  kib(bundles.popup.gzip) <= BUDGET.popupKiB,
);
result.budgets = budgets;

await mkdir(resolve(root, 'artifacts'), { recursive: true });
await writeFile(resolve(root, 'artifacts/bench.json'), `${JSON.stringify(result, null, 2)}\n`);

// ── the table ────────────────────────────────────────────────────────────────────────────
const m = result.machine;
const lines = [
  '',
  `Provenance Lens benchmark — ${result.pages} pages from ${corpus}`,
  `machine: ${m.cpus} × ${m.model}, ${m.memoryGiB} GiB, Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}, load ${m.load.join(' ')}`,
];
if (result.chromium) {
  const c = result.chromium;
  const names = {
    readability: 'Readability alone',
    clone: 'document clone',
    quick: 'badge pass',
    full: 'full report',
    pageReadability: "Readability alone, page's world",
    pageClone: "document clone, page's world",
  };
  lines.push('', `Chromium, in page, ${c.pages} pages (ms)            median      p95      max`);
  for (const ph of ['first', 'warm'])
    for (const k of KEYS) {
      const s = c.ms[ph][k];
      lines.push(
        `  ${`${names[k]}, ${ph === 'first' ? 'first call' : 'warm'}`.padEnd(40)} ${fmt(s.median).padStart(8)} ${fmt(s.p95).padStart(8)} ${fmt(s.max).padStart(8)}`,
      );
    }
  for (const [key, title] of [
    ['ratioToReadability', 'ratio to Readability alone, same page and world'],
    ['ratioToPageReadability', "(reference) ratio to Readability in the page's world"],
  ]) {
    lines.push('', `  ${title.padEnd(44)} median      p95`);
    for (const ph of ['first', 'warm'])
      for (const [k, label] of [
        ['badgePass', 'badge pass'],
        ['fullReport', 'full report'],
      ]) {
        const s = c[key][ph][k];
        lines.push(
          `  ${`${label}, ${ph === 'first' ? 'first call' : 'warm'}`.padEnd(40)} ${fmt(s.median).padStart(8)} ${fmt(s.p95).padStart(8)}`,
        );
      }
  }
  lines.push(
    '',
    `  badge pass slices per page: median ${c.badgePassSlices.median}, max ${c.badgePassSlices.max}; longest slice median ${fmt(c.longestSliceMs.median)} ms, max ${fmt(c.longestSliceMs.max)} ms`,
    `  analyzer.js injection (the popup's first open): median ${fmt(c.analyzerInjectMs.median)} ms, p95 ${fmt(c.analyzerInjectMs.p95)} ms`,
    `  long tasks over 50 ms: page's own ${c.longTasks.pageOwn}; extension's on pages up to p95: ${c.longTasks.upToP95.badgePass.length + c.longTasks.upToP95.analyzerInjection.length + c.longTasks.upToP95.fullReport.length}; on the ${c.longTasks.largest.pages} largest: badge pass ${c.longTasks.largest.badgePass.length}, injection ${c.longTasks.largest.analyzerInjection.length}, full report ${c.longTasks.largest.fullReport.length} ${JSON.stringify(c.longTasks.largest.fullReport.map((t) => t.ms))}`,
  );
  if (c.errors.length) lines.push(`  pages that failed: ${c.errors.join('; ')}`);
}
if (result.node) {
  const n = result.node;
  lines.push(
    '',
    `Node, same process (best of ${n.rounds} passes)        pages/s   median      p95`,
    `  command line, full report (linkedom)        ${fmt(n.cli.pagesPerSecond, 1).padStart(8)} ${fmt(n.cli.perPage.median).padStart(8)} ${fmt(n.cli.perPage.p95).padStart(8)}`,
    `  metascraper ${n.metascraperVersion}, 4 rules              ${fmt(n.metascraper.pagesPerSecond, 1).padStart(8)} ${fmt(n.metascraper.perPage.median).padStart(8)} ${fmt(n.metascraper.perPage.p95).padStart(8)}`,
  );
}
{
  const c = result.compare;
  const pct = (x) => `${Math.round(x * 100)} %`;
  const pair = `compare, ${c.copyWords} words against ${c.originalWords} (${pct(c.containment)} / ${pct(c.coverage)})`;
  lines.push(
    '',
    `Check against the original, Node, same process (${c.runs} runs)    best   median      max`,
    `  ${pair.padEnd(54)}${fmt(c.bestMs).padStart(8)} ${fmt(c.ms.median).padStart(8)} ${fmt(c.ms.max).padStart(8)}`,
  );
}
lines.push('', 'Bundles (release build)           raw KB   gzip KB');
for (const [k, s] of Object.entries(bundles))
  lines.push(
    `  ${(k === 'analyzer' ? 'analyzer.js (on demand)' : k).padEnd(28)} ${fmt(kib(s.raw), 1).padStart(9)} ${fmt(kib(s.gzip), 1).padStart(9)}`,
  );
lines.push('', 'Budgets');
for (const b of budgets) lines.push(`  ${b.met ? 'met   ' : 'MISSED'}  ${b.name}: ${b.measured}`);
lines.push('', 'written: artifacts/bench.json');
console.log(lines.join('\n'));
await stat(resolve(root, 'artifacts/bench.json'));
