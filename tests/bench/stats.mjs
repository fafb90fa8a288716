// Order statistics for the benchmark: nearest-rank percentiles over pages.

export function percentile(xs, p) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const median = (xs) => percentile(xs, 50);

/** Median, 95th percentile and maximum. */
export function stats(xs) {
  const finite = xs.filter(Number.isFinite);
  return {
    median: median(finite),
    p95: percentile(finite, 95),
    max: finite.length ? Math.max(...finite) : Number.NaN,
  };
}

/** Medians of a list of runs. */
export const medianOf = (runs) => median(runs);

export const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
