// What `npm run bench` makes of the Chromium rows (tests/bench/chromium.mjs): timings and
// ratios to Readability alone per phase, the long tasks on pages up to the p95 page and on the
// largest ones, the badge pass's slices.
import { percentile, stats } from './stats.mjs';

/** What is timed in each Chromium page (see chromium.mjs). */
export const KEYS = ['readability', 'clone', 'quick', 'full', 'pageReadability', 'pageClone'];

/** The Chromium part of artifacts/bench.json, from the rows of one run. */
export function summarizeChromium(rows, runs) {
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
  return {
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
