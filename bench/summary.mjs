/** min / median / max of a list of numbers, the form every figure in BENCHMARKS.md takes. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted.at(-1), runs: sorted.length };
}

/** The p-th percentile (0–100) of raw samples, nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const number = (value, digits) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** "min / median / max" with a unit, e.g. "1,020 / 1,110 / 1,180". */
export function showSpread({ min, median, max }, digits = 0) {
  return `${number(min, digits)} / ${number(median, digits)} / ${number(max, digits)}`;
}
