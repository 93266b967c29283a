/**
 * Where the story is silent: long empty stretches of time, to be drawn as
 * axis breaks.
 *
 * "Empty" is measured against *activity*, not coverage: the moments where something happens. A point
 * entry is active over its date (a year-precision date over its whole year); a period only at its
 * start and, when it has a real end, at its end. The inside of a period is not activity. Coverage
 * would find nothing here: Lukashenko's presidency runs from 1994 on and Putin's rule from 2000, so
 * no instant of 2001 → 2020 is uncovered, yet nothing happens in it. A long period therefore still
 * runs through a break: the axis says "19 years" and the period's bar crosses the break, which is
 * true (it lasted those 19 years too).
 */
import type { EntrySpan } from '../dates/partial-date.js';

/** An empty stretch to compress, in epoch ms. */
export interface Gap {
  /** The first compressed instant. */
  start: number;
  /** The last compressed instant. */
  end: number;
  /** When the last activity before the gap starts; labels count from here. */
  from?: number;
  /** When the first activity after the gap starts; labels count to here. */
  to?: number;
}

/** An instant-range of activity, in epoch ms; `to` is exclusive. */
export interface Activity {
  from: number;
  to: number;
}

const DAY = 864e5;
const YEAR = 365.2425 * DAY;

/**
 * The activity of `spans` that are in order of start (each entry's start date's span and, for a
 * period with a real end, its end's), itself in order of start: the starts come in
 * that order already, the ends are sorted apart and merged in. Making and sorting them all together
 * took 6 % of a 100,000-entry load's JavaScript (bench/profile.js).
 */
export function storyActivity(spans: readonly EntrySpan[]): Activity[] {
  const ends: Activity[] = [];
  for (const span of spans) if (span.end) ends.push({ from: span.end.from, to: span.end.to });
  ends.sort((a, b) => a.from - b.from);
  const out: Activity[] = [];
  let e = 0;
  for (const span of spans) {
    const from = span.start.from;
    while (e < ends.length && ends[e].from < from) out.push(ends[e++]);
    out.push({ from, to: span.start.to });
  }
  while (e < ends.length) out.push(ends[e++]);
  return out;
}

/** Whether `values` never decrease. */
export const ascending = <T>(values: readonly T[], key: (value: T) => number) =>
  values.every((v, i) => i === 0 || key(values[i - 1]) <= key(v));

/**
 * The stretches between `activity` longer than `minGap` ms (default five years) and than `fraction`
 * of the `extent` (default a quarter), sorted by start. Only the time between two activities can be
 * a gap: the stretches from the extent's edges to the first and last activity are padding. Each gap
 * is shrunk at both ends by half a year (at most a tenth of its length), so that no mark sits flush
 * against a break, and clipped to the extent.
 */
export function findGaps(
  activity: readonly Activity[],
  extent: [number, number],
  options: { minGap?: number; fraction?: number } = {},
): Gap[] {
  const { minGap = 5 * YEAR, fraction = 0.25 } = options;
  const lo = Math.min(+extent[0], +extent[1]);
  const hi = Math.max(+extent[0], +extent[1]);
  const gaps: Gap[] = [];
  let end = NaN;
  let from = NaN;
  const sorted = activity.filter((a) => Number.isFinite(a.from) && Number.isFinite(a.to));
  if (!ascending(sorted, (a) => a.from)) sorted.sort((a, b) => a.from - b.from);
  for (const a of sorted) {
    const length = a.from - end;
    if (length > minGap && length > fraction * (hi - lo)) {
      const margin = Math.min(YEAR / 2, length / 10);
      const start = Math.max(end + margin, lo);
      const stop = Math.min(a.from - margin, hi);
      if (stop > start) gaps.push({ start, end: stop, from, to: a.from });
    }
    // Sorted by start, so `from` is the latest start so far; `end` the latest end.
    end = Number.isNaN(end) ? a.to : Math.max(end, a.to);
    from = a.from;
  }
  return gaps;
}
