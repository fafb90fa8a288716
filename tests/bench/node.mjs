// The Node half of `npm run bench`: the command-line tool against metascraper (author,
// publisher, date and title rules), in the same process, on the same pages, each given the file
// to read. The tool runs through its own entry (`main(['analyze', file, '--json'])`, reading
// the file, parsing it with linkedom, writing the full report as JSON to a sink), built with
// the tool's build settings; metascraper reads the same file and parses it itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { stats } from './stats.mjs';

const METASCRAPER = resolve(import.meta.dirname, 'metascraper');

/** metascraper lives in its own folder (not a project dependency); installed on first use. */
export function loadMetascraper(log) {
  if (!existsSync(resolve(METASCRAPER, 'node_modules/metascraper'))) {
    log('  installing metascraper into tests/bench/metascraper (first run only)…');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
      cwd: METASCRAPER,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('could not install metascraper (see above)');
  }
  const require = createRequire(resolve(METASCRAPER, 'package.json'));
  const rules = [
    'metascraper-author',
    'metascraper-publisher',
    'metascraper-date',
    'metascraper-title',
  ];
  const version = JSON.parse(
    readFileSync(require.resolve('metascraper/package.json'), 'utf8'),
  ).version;
  return { metascraper: require('metascraper')(rules.map((r) => require(r)())), version };
}

export async function runNode({ pages, bundle, rounds = 2, log }) {
  const { main } = await import(bundle);
  const { metascraper, version } = loadMetascraper(log);
  const sink = { write: () => true };
  const tools = {
    cli: async (p) => {
      const code = await main(['analyze', p.file, '--json', '--url', p.url], sink, sink);
      if (code !== 0) throw new Error(`${p.slug}: the command line exited ${code}`);
    },
    // The same without Readability (`--quick`): status, chain and rights, no article fields.
    cliQuick: async (p) => {
      const code = await main(['analyze', p.file, '--json', '--quick', '--url', p.url], sink, sink);
      if (code !== 0) throw new Error(`${p.slug}: the command line (--quick) exited ${code}`);
    },
    metascraper: async (p) => {
      await metascraper({ html: readFileSync(p.file, 'utf8'), url: p.url });
    },
  };
  // Warm both up, then alternate whole passes over the corpus; the faster pass of each counts.
  for (const p of pages.slice(0, 5)) for (const run of Object.values(tools)) await run(p);
  const best = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(tools)) {
      const perPage = [];
      const start = performance.now();
      for (const p of pages) {
        const t = performance.now();
        await run(p);
        perPage.push(performance.now() - t);
      }
      const total = performance.now() - start;
      if (!best[name] || total < best[name].total) best[name] = { total, perPage };
    }
  }
  const summary = (b) => ({
    pagesPerSecond: pages.length / (b.total / 1000),
    perPage: stats(b.perPage),
  });
  const cli = summary(best.cli);
  const cliQuick = summary(best.cliQuick);
  const ms = summary(best.metascraper);
  return {
    rounds,
    metascraperVersion: version,
    cli,
    cliQuick,
    metascraper: ms,
    throughputRatio: cli.pagesPerSecond / ms.pagesPerSecond,
    quickThroughputRatio: cliQuick.pagesPerSecond / ms.pagesPerSecond,
  };
}
