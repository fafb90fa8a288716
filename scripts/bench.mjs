#!/usr/bin/env node
// `npm run bench`: the analyser's cost, measured as ratios against baselines run in the same
// place — Readability alone in the same page (Chromium), metascraper in the same process
// (Node) — plus bundle sizes. Prints a table and writes artifacts/bench.json.
//
//   node scripts/bench.mjs [--corpus DIR] [--runs N] [--skip-chromium] [--skip-node]
// DIR holds <slug>/source.html pages; the default is tests/fixtures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpus = resolve(flag('--corpus', resolve(root, 'tests/fixtures')));
const runs = Number(flag('--runs', '5'));
const out = resolve(root, '.tmp/bench');
mkdirSync(out, { recursive: true });
mkdirSync(resolve(root, 'artifacts'), { recursive: true });

const slugs = readdirSync(corpus).filter((s) => {
  try {
    return statSync(resolve(corpus, s, 'source.html')).isFile();
  } catch {
    return false;
  }
});
if (!slugs.length) {
  console.error(`bench: no <slug>/source.html pages in ${corpus}`);
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : Number.NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : Number.NaN;
};
const stats = (xs) => ({ median: median(xs), p95: pct(xs, 95), max: Math.max(...xs) });
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');

// The release build, for bundle sizes; then the two benchmark bundles of the same src/ code.
spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
const quiet = { logLevel: 'silent', configFile: false, publicDir: false };
await build({
  ...quiet,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: out,
    emptyOutDir: false,
    minify: false,
    lib: {
      entry: resolve(root, 'tests/bench/page-entry.ts'),
      name: 'lensBench',
      formats: ['iife'],
      fileName: () => 'page.js',
    },
  },
});
await build({
  ...quiet,
  build: {
    outDir: out,
    emptyOutDir: false,
    ssr: resolve(root, 'tests/bench/node-entry.ts'),
    target: 'node20',
    rolldownOptions: { output: { format: 'es', entryFileNames: 'node.mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});

const result = {
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  corpus,
  pages: slugs.length,
  runs,
};

// Bundle sizes of the release build.
const chrome = resolve(root, 'dist/chrome');
const size = (files) => {
  const raw = files.reduce((n, p) => n + statSync(p).size, 0);
  const gz = files.reduce((n, p) => n + gzipSync(readFileSync(p), { level: 9 }).length, 0);
  return { raw, gzip: gz };
};
const assets = readdirSync(resolve(chrome, 'assets')).map((a) => resolve(chrome, 'assets', a));
result.bundles = {
  content: size([resolve(chrome, 'content.js')]),
  background: size([resolve(chrome, 'background.js')]),
  popup: size([resolve(chrome, 'popup.html'), ...assets]),
};

const pages = slugs.map((slug) => {
  const dir = resolve(corpus, slug);
  // Readability's test pages were saved at this address; metascraper needs a URL with a real TLD.
  let url = 'https://fakehost.com/test/page.html';
  try {
    url = readFileSync(resolve(dir, 'url'), 'utf8').trim() || url;
  } catch {}
  return { slug, html: readFileSync(resolve(dir, 'source.html'), 'utf8'), url };
});

if (!args.includes('--skip-node')) {
  const { analyze, parseHTML } = await import(resolve(out, 'node.mjs'));
  const require = createRequire(import.meta.url);
  // metascraper is not a dependency (its re2 needs a native build and Node 22): install it
  // for a run with `npm i --no-save metascraper metascraper-author metascraper-publisher
  // metascraper-date metascraper-title`.
  try {
    require.resolve('metascraper');
  } catch {
    console.error('bench: metascraper is not installed; see docs/PERFORMANCE.md');
    process.exit(2);
  }
  const metascraper = require('metascraper')(
    ['metascraper-author', 'metascraper-publisher', 'metascraper-date', 'metascraper-title'].map(
      (m) => require(m)(),
    ),
  );
  const lens = async (p) => analyze(parseHTML(p.html).document, { url: p.url });
  const meta = (p) => metascraper({ html: p.html, url: p.url });
  for (const p of pages.slice(0, 5)) {
    await lens(p);
    await meta(p);
  }
  const time = async (fn) => {
    const per = [];
    const start = performance.now();
    for (const p of pages) {
      const t = performance.now();
      await fn(p);
      per.push(performance.now() - t);
    }
    return {
      pagesPerSecond: pages.length / ((performance.now() - start) / 1000),
      perPage: stats(per),
    };
  };
  const cli = await time(lens);
  const ms = await time(meta);
  result.node = { cli, metascraper: ms, throughputRatio: cli.pagesPerSecond / ms.pagesPerSecond };
}

if (!args.includes('--skip-chromium')) {
  const { chromium } = await import('playwright');
  const bench = readFileSync(resolve(out, 'page.js'), 'utf8');
  const byPath = new Map(pages.map((p) => [`/${p.slug}/`, p]));
  const server = createServer((req, res) => {
    const p = byPath.get(req.url ?? '');
    if (!p) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(p.html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const ext = resolve(root, 'dist/chrome-test');
  const context = await chromium.launchPersistentContext(resolve(out, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  // Long tasks from the page's first moment, so the content script's idle pass is seen too.
  await context.addInitScript(() => {
    globalThis.__longTasks = [];
    try {
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) globalThis.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {}
  });
  const page = await context.newPage();
  const rows = [];
  for (const p of pages) {
    try {
      await page.goto(`${origin}/${p.slug}/`, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForTimeout(300); // the content script's idle pass
      const idleTasks = await page.evaluate(() => [...globalThis.__longTasks]);
      await page.addScriptTag({ content: bench });
      const row = await page.evaluate((n) => {
        const b = globalThis.__lensBench;
        const once = (k) => {
          const t = performance.now();
          b[k]();
          return performance.now() - t;
        };
        const first = {};
        for (const k of ['readability', 'clone', 'quick', 'full']) first[k] = once(k);
        const warm = {};
        for (const k of ['readability', 'clone', 'quick', 'full']) {
          const xs = [];
          for (let i = 0; i < n; i++) xs.push(once(k));
          xs.sort((a, c) => a - c);
          warm[k] = xs[Math.floor((xs.length - 1) / 2)];
        }
        return { first, warm };
      }, runs);
      row.slug = p.slug;
      row.bytes = p.html.length;
      row.idleLongTasks = idleTasks;
      rows.push(row);
    } catch (e) {
      rows.push({ slug: p.slug, error: String(e.message ?? e) });
    }
  }
  await context.close();
  server.close();
  const ok = rows.filter((r) => !r.error);
  const col = (phase, k) => ok.map((r) => r[phase][k]);
  const ratio = (phase, k) => ok.map((r) => r[phase][k] / r[phase].readability);
  result.chromium = {
    pages: ok.length,
    errors: rows.filter((r) => r.error).map((r) => `${r.slug}: ${r.error}`),
    ms: Object.fromEntries(
      ['first', 'warm'].map((ph) => [
        ph,
        Object.fromEntries(
          ['readability', 'clone', 'quick', 'full'].map((k) => [k, stats(col(ph, k))]),
        ),
      ]),
    ),
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
    longTasksWhileIdlePass: ok.flatMap((r) =>
      r.idleLongTasks.map((d) => ({ slug: r.slug, ms: d })),
    ),
    rows,
  };
}

writeFileSync(resolve(root, 'artifacts/bench.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `\nProvenance Lens benchmark — ${result.pages} pages from ${corpus}\nmachine: ${result.machine.cpus} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}\n`,
);
if (result.chromium) {
  const c = result.chromium;
  console.log(`Chromium, in-page, ${c.pages} pages (ms: median / p95 / max)`);
  for (const ph of ['first', 'warm']) {
    for (const k of ['readability', 'clone', 'quick', 'full']) {
      const s = c.ms[ph][k];
      console.log(
        `  ${ph.padEnd(5)} ${(k === 'quick' ? 'badge pass' : k === 'full' ? 'full report' : k === 'clone' ? 'document clone' : 'Readability alone').padEnd(18)} ${f(s.median).padStart(8)} ${f(s.p95).padStart(8)} ${f(s.max).padStart(8)}`,
      );
    }
    const r = c.ratioToReadability[ph];
    console.log(
      `  ${ph.padEnd(5)} ratio to Readability: badge pass ${f(r.badgePass.median)} (p95 ${f(r.badgePass.p95)}), full report ${f(r.fullReport.median)} (p95 ${f(r.fullReport.p95)})`,
    );
  }
  console.log(
    `  long tasks (>50 ms) during the content script's idle pass: ${c.longTasksWhileIdlePass.length}${c.errors.length ? `; pages that failed to load: ${c.errors.length}` : ''}`,
  );
}
if (result.node) {
  const n = result.node;
  console.log(`\nNode, same process, linkedom`);
  console.log(
    `  analyser (full report)  ${f(n.cli.pagesPerSecond, 1).padStart(7)} pages/s   per page median ${f(n.cli.perPage.median)} ms, p95 ${f(n.cli.perPage.p95)} ms`,
  );
  console.log(
    `  metascraper (4 rules)   ${f(n.metascraper.pagesPerSecond, 1).padStart(7)} pages/s   per page median ${f(n.metascraper.perPage.median)} ms, p95 ${f(n.metascraper.perPage.p95)} ms`,
  );
  console.log(`  throughput ratio ${f(n.throughputRatio)}× metascraper`);
}
console.log('\nBundles (release build): raw / gzip');
for (const [k, s] of Object.entries(result.bundles))
  console.log(
    `  ${k.padEnd(11)} ${(s.raw / 1024).toFixed(1).padStart(8)} KB ${(s.gzip / 1024).toFixed(1).padStart(8)} KB`,
  );
console.log('\nwritten: artifacts/bench.json');
