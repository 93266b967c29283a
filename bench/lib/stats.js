// Small statistics helpers, kept apart so that run.js reads as the procedure it is.

/** The median of the finite numbers in `values`, or null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank percentile `p` (0–100) of `values`, or null when there are none. */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A frame is dropped when it took more than 1.5 frames at 60 Hz. */
export const DROPPED_MS = (1000 / 60) * 1.5;

/** Median, p95, longest and dropped count of a list of frame intervals. */
export function frameStats(intervals) {
  return {
    frames: intervals.length,
    median: median(intervals),
    p95: percentile(intervals, 95),
    max: intervals.length ? Math.max(...intervals) : null,
    dropped: intervals.filter((ms) => ms > DROPPED_MS).length,
  };
}
