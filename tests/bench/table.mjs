// The table `npm run bench` prints: the Chromium timings and ratios, the command line against
// metascraper, the comparison, the bundle sizes and the budgets, from artifacts/bench.json.
import { KEYS } from './chromium-summary.mjs';
import { fmt } from './stats.mjs';

const kib = (b) => b / 1024;

/** The printed report of one run. */
export function table(result, corpus) {
  const { bundles, budgets } = result;
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
      `  command line, --quick (no Readability)      ${fmt(n.cliQuick.pagesPerSecond, 1).padStart(8)} ${fmt(n.cliQuick.perPage.median).padStart(8)} ${fmt(n.cliQuick.perPage.p95).padStart(8)}`,
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
  return lines.join('\n');
}
