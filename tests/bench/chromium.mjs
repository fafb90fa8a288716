// The Chromium half of `npm run bench`: every corpus page served from 127.0.0.1 to Chromium with
// the extension's benchmark build loaded (dist/chrome-bench: the test build, whose content.js
// carries the probe of extension/content/page/bench-probe.ts). Per page, in this order:
//
// 1. the page loads and the content script runs its automatic badge pass, in idle slices, as
//    it does for a reader; the probe records each slice (the pass's first and only call);
// 2. Readability alone on a clone and a document clone, first call, in the content script's
//    world (the probe's own copy of Readability): the baseline the ratios are taken against,
//    in the same page and the same world as the extension's work;
// 3. the same in the page's own world, for reference;
// then the page is loaded again, so that the full report's first call follows no Readability
// run in that page (and the baseline's followed none of the report's):
// 4. analyzer.js is injected through the service worker, the call the popup makes;
// 5. the full report, first call (what the popup asks for), timed by the probe;
// 6. warm calls, `runs` of each in a row after one uncounted call: the two baselines in both
//    worlds, the badge pass, the full report. (Interleaved, each call paid for the garbage of
//    the one before it: Readability's clones were billed to the badge pass that followed.)
//
// Long tasks (PerformanceObserver 'longtask', from each load's first moment) are attributed by
// overlap with the extension's own work: the badge pass's slices (first load), the injection
// of analyzer.js and the full report's first call (second load). Warm rounds run inside tasks
// of the benchmark's making, so no long task is counted after step 5.
import { createServer } from 'node:http';
import { resolve } from 'node:path';

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // Cross-origin isolated: performance.now() then has 5 µs resolution instead of 100 µs.
  // Every other address is blocked anyway, so no subresource is lost to it.
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

function serve(pages) {
  const byPath = new Map(pages.map((p) => [`/${encodeURIComponent(p.slug)}/`, p]));
  const server = createServer((req, res) => {
    const p = byPath.get(req.url ?? '');
    if (!p) return void res.writeHead(404).end();
    res.writeHead(200, HEADERS).end(p.html);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

const overlaps = (task, [a, b]) => task.start < b && a < task.start + task.duration;

/** Asks the content script's probe (see bench-probe.ts) and returns its answer. */
function probe(page, command) {
  return page.evaluate((cmd) => {
    const root = document.documentElement;
    root.setAttribute('data-provenance-lens-bench', cmd);
    root.removeAttribute('data-provenance-lens-bench-result');
    document.dispatchEvent(new Event('provenance-lens-bench'));
    const answer = root.getAttribute('data-provenance-lens-bench-result');
    return answer ? JSON.parse(answer) : null;
  }, command);
}

export async function runChromium({ pages, extension, baseline, runs, executablePath, log }) {
  const { chromium } = await import('playwright');
  const { server, origin } = await serve(pages);
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const profile = await mkdtemp(resolve(tmpdir(), 'lens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  await context.route(/^(https?|wss?|ftp):/, (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort(),
  );
  await context.addInitScript(() => {
    const tasks = [];
    globalThis.__lensLongTasks = tasks;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {}
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const browserVersion = context.browser()?.version() ?? null;
  // The content script is registered at install (host access is granted in this build).
  for (let i = 0; i < 50; i++) {
    const scripts = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    if (scripts.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  const rows = [];
  const page = await context.newPage();
  for (const [i, p] of pages.entries()) {
    const url = `${origin}/${encodeURIComponent(p.slug)}/`;
    try {
      const span = ([a, b]) => b - a;
      // An observer hears of a long task only after it: give it the time to.
      const observed = () =>
        page.evaluate(
          () => new Promise((r) => setTimeout(() => r([...globalThis.__lensLongTasks]), 200)),
        );
      // The first load: the badge pass, then the baselines' first calls.
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      // 1. The automatic badge pass, as a reader gets it.
      let state = null;
      for (let t = 0; t < 200; t++) {
        state = await probe(page, 'quick 0');
        if (state?.passDone) break;
        await page.waitForTimeout(50);
      }
      if (!state?.passDone)
        throw new Error('the badge pass did not finish (is dist/chrome-bench built?)');
      const slices = state.slices.map(([a, b]) => [a, b]);
      const sliceMs = slices.map(([a, b]) => b - a);
      const firstLoadTasks = await observed();

      // 2. Readability alone and a clone, first call, in the content script's world.
      const readabilityFirst = span((await probe(page, 'readability 1')).runs[0]);
      const cloneFirst = span((await probe(page, 'clone 1')).runs[0]);

      // 3. The same in the page's world (reference).
      await page.addScriptTag({ content: `${baseline}\n//# sourceURL=lens-bench-baseline.js` });
      const first = await page.evaluate(() => {
        const b = globalThis.__lensBaseline;
        const time = (f) => {
          const t = performance.now();
          f();
          return performance.now() - t;
        };
        return { readability: time(b.readability), clone: time(b.clone) };
      });

      // The second load: the full report's first call meets no Readability run before it.
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      for (let t = 0; t < 200; t++) {
        if ((await probe(page, 'quick 0'))?.passDone) break;
        await page.waitForTimeout(50);
      }
      // 4. analyzer.js, injected as the popup injects it.
      const before = await page.evaluate(() => performance.now());
      const injectMs = await worker.evaluate(async (u) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
        const t = performance.now();
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['analyzer.js'] });
        return performance.now() - t;
      }, url);
      const after = await page.evaluate(() => performance.now());

      // 5. The full report, first call.
      const fullFirst = (await probe(page, 'full 1')).runs[0];
      const secondLoadTasks = await observed();
      await page.addScriptTag({ content: `${baseline}\n//# sourceURL=lens-bench-baseline.js` });

      // 6. Warm rounds.
      const warm = {
        readability: [],
        clone: [],
        quick: [],
        full: [],
        pageReadability: [],
        pageClone: [],
      };
      // Each kind's calls in a row, after one that is not counted: a call that follows another
      // kind's would pay for that one's garbage (Readability's clones, billed to the badge pass).
      const base = await page.evaluate((n) => {
        const b = globalThis.__lensBaseline;
        const out = {};
        for (const k of ['readability', 'clone']) {
          out[k] = [];
          for (let i = 0; i <= n; i++) {
            const t = performance.now();
            b[k]();
            if (i) out[k].push(performance.now() - t);
          }
        }
        return out;
      }, runs);
      warm.pageReadability.push(...base.readability);
      warm.pageClone.push(...base.clone);
      for (const k of ['readability', 'clone', 'quick', 'full'])
        warm[k].push(...(await probe(page, `${k} ${runs + 1}`)).runs.slice(1).map(span));
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

      const longTasks = { badge: [], inject: [], full: [], page: [] };
      const attribute = (tasks, windows) => {
        for (const t of tasks) {
          const kind = Object.keys(windows).find((k) => windows[k].some((w) => overlaps(t, w)));
          longTasks[kind ?? 'page'].push(Math.round(t.duration));
        }
      };
      attribute(firstLoadTasks, { badge: slices });
      attribute(secondLoadTasks, { inject: [[before, after]], full: [fullFirst] });
      rows.push({
        slug: p.slug,
        bytes: p.bytes,
        nodes: await page.evaluate(() => document.getElementsByTagName('*').length),
        first: {
          readability: readabilityFirst,
          clone: cloneFirst,
          quick: sliceMs.reduce((a, b) => a + b, 0),
          full: fullFirst[1] - fullFirst[0],
          pageReadability: first.readability,
          pageClone: first.clone,
        },
        warm: Object.fromEntries(Object.entries(warm).map(([k, xs]) => [k, median(xs)])),
        badgePass: {
          slices: slices.length,
          longestSliceMs: Math.max(...sliceMs),
          wallMs: state.passDone - slices[0][0],
        },
        analyzerInjectMs: injectMs,
        longTasks,
      });
    } catch (e) {
      rows.push({ slug: p.slug, bytes: p.bytes, error: String(e?.message ?? e).split('\n')[0] });
    }
    if ((i + 1) % 16 === 0 || i + 1 === pages.length)
      log(`  chromium: ${i + 1}/${pages.length} pages`);
  }
  await context.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
  return { browserVersion, rows };
}
