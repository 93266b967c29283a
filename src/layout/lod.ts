/**
 * Level of detail: which entries a frame draws, found by binary search on arrays sorted by start,
 * so a frame costs O(visible marks + log N) however many entries the story has. Where too many
 * entries start in the window, they are counted into clusters per stretch of pixels instead.
 */
import { bisectLeft, bisectRight } from 'd3-array';

/** Entries of one lane (or of all, merged), sorted by start; built once per dataset. */
export interface TimeIndex {
  /** Start of each entry (ms), ascending. */
  from: Float64Array;
  /** End of each entry (ms). */
  to: Float64Array;
  /** The running maximum of `to`: `maxTo[i]` is the latest end among entries 0..i. */
  maxTo: Float64Array;
  /** Each position's entry, as an index into the caller's array. */
  ref: Int32Array;
}

/** An index for `n` entries, to be filled by `setEntry` in order of start. */
export const emptyTimeIndex = (n: number): TimeIndex => ({
  from: new Float64Array(n),
  to: new Float64Array(n),
  maxTo: new Float64Array(n),
  ref: new Int32Array(n),
});

/** Puts an entry at position `i`, after the entries before it (`maxTo` runs on from them). */
export function setEntry(index: TimeIndex, i: number, from: number, to: number, ref: number): void {
  index.from[i] = from;
  index.to[i] = to;
  index.ref[i] = ref;
  index.maxTo[i] = i ? Math.max(index.maxTo[i - 1], to) : to;
}

/**
 * Positions [lo, hi) that may touch the window [t0, t1]: every entry that starts by `t1` and
 * after the last point where all earlier entries had ended before `t0`. Entries inside that
 * range still need `to >= t0` checked; those outside it cannot touch the window.
 */
export function candidates(index: TimeIndex, t0: number, t1: number): [number, number] {
  return [bisectLeft(index.maxTo, t0), bisectRight(index.from, t1)];
}

/** A cluster: the entries that start in [start, end), positions [lo, hi) of the index. */
export interface Bin {
  start: number;
  end: number;
  lo: number;
  hi: number;
}

/**
 * Counts the entries that start in each stretch between consecutive `edges` (ascending times):
 * one binary search per edge, each stretch starting where the one before it ended. Empty
 * stretches are left out.
 */
export function countBins(index: TimeIndex, edges: readonly number[]): Bin[] {
  const bins: Bin[] = [];
  let lo = edges.length ? bisectLeft(index.from, edges[0]) : 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const hi = bisectLeft(index.from, edges[i + 1]);
    if (hi > lo) bins.push({ start: edges[i], end: edges[i + 1], lo, hi });
    lo = hi;
  }
  return bins;
}
