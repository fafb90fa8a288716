// The budgets of docs/PERFORMANCE.md, and `npm run bench`'s verdict on each: met or missed,
// with the figures measured in the same run.
import { SIZE_BUDGETS } from '../../scripts/bundle-size.mjs';
import { fmt } from './stats.mjs';

/** The budgets of docs/PERFORMANCE.md (sizes in KiB of gzip -9). */
export const BUDGET = {
  /** The badge pass: median warm, median first call, and the p95 of both. */
  badgeWarm: 0.2,
  badgeFirst: 0.3,
  badgeP95: 0.5,
  full: 1.2,
  longTaskMs: 50,
  throughput: 2,
  compareMs: 50,
  librarySearch: 3,
  contentKiB: SIZE_BUDGETS.content,
  popupKiB: SIZE_BUDGETS.popup,
};

/** Each budget with what was measured and whether it was met. */
export function checkBudgets(result, bundles) {
  const kib = (b) => b / 1024;
  const budgets = [];
  const check = (name, measured, met) => budgets.push({ name, measured, met });
  if (result.chromium) {
    const r = result.chromium.ratioToReadability;
    const lt = result.chromium.longTasks;
    for (const [when, median, key] of [
      ['warm', BUDGET.badgeWarm, 'warm'],
      ['first call', BUDGET.badgeFirst, 'first'],
    ]) {
      const { median: m, p95 } = r[key].badgePass;
      check(
        `badge pass, ${when}: median ≤ ${median}×, p95 ≤ ${BUDGET.badgeP95}× Readability alone`,
        `median ${fmt(m)}, p95 ${fmt(p95)}`,
        m <= median && p95 <= BUDGET.badgeP95,
      );
    }
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
      `command line ≥ ${BUDGET.throughput}× metascraper's throughput (full report)`,
      `${fmt(result.node.throughputRatio)}× (with --quick, no Readability: ${fmt(result.node.quickThroughputRatio)}×)`,
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
  return budgets;
}
