/**
 * Greedy interval packing: each item takes the first track (a row when horizontal, a column when
 * vertical) whose last item ends at least `gap` before it starts. Items must come sorted by `a`.
 * First-fit over start-sorted intervals uses the fewest tracks possible for interval graphs, so the
 * plot never grows more than the overlaps force.
 */
export interface Interval {
  /** Start along the axis. */
  a: number;
  /** End along the axis. */
  b: number;
}

/** The track index of each interval, in input order. */
export function packIntervals(intervals: readonly Interval[], gap = 0): number[] {
  const trackEnds: number[] = [];
  return intervals.map(({ a, b }) => {
    let track = trackEnds.findIndex((last) => last + gap <= a);
    if (track === -1) track = trackEnds.push(b) - 1;
    else trackEnds[track] = b;
    return track;
  });
}
