// Small, dependency-free statistics for the benchmark's samples.

/** Sorted copy, ascending; non-finite samples are dropped (a probe that never fired). */
function sortedFinite(samples) {
  return samples.filter(Number.isFinite).sort((a, b) => a - b);
}

export function median(samples) {
  const sorted = sortedFinite(samples);
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile: always one of the samples, never an interpolation between two. */
export function percentile(samples, p) {
  const sorted = sortedFinite(samples);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples) {
  const sorted = sortedFinite(samples);
  return {
    count: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
  };
}

/** a / b, or null when either is missing or b is zero: a ratio is never made up. */
export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : null;
}

export const round = (value, digits = 1) =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;
