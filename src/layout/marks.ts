import type { EntrySpan } from '../dates/partial-date.js';

/**
 * What a mark looks like along the time axis, in pixels: the solid part that the data vouches for,
 * the uncertain parts that a year- or month-precision date covers without claiming a day, and an
 * open end for periods that were still going on when the story was told.
 */
export interface MarkSegment {
  a: number;
  b: number;
  certain: boolean;
}

export interface MarkGeometry {
  /** Where the mark starts and ends along the time axis (segments and dot together). */
  a: number;
  b: number;
  segments: MarkSegment[];
  /** Day-precision points: a dot at this position. */
  dot: number | null;
  /** Ongoing periods: the arrow that says "still going on" starts here. */
  openEnd: number | null;
}

/** The smallest length a mark gets, so that a day or a month stays visible and hittable. */
export const MIN_MARK = 12;
/** How far past the visible range a mark is still drawn (then clipped), so edges look continuous. */
const BLEED = 24;

const isDay = (span: EntrySpan['start']) => span.precision === 'day';

/**
 * The geometry of one entry under the position function `x` (ms → px), clipped to `range`.
 * Null when the entry lies wholly outside the range.
 */
export function markGeometry(
  span: EntrySpan,
  x: (ms: number) => number,
  range: readonly [number, number],
): MarkGeometry | null {
  const lo = range[0] - BLEED;
  const hi = range[1] + BLEED;
  const clip = (v: number) => Math.min(hi, Math.max(lo, v));
  const from = x(span.from);
  const to = x(span.to);
  if (to < range[0] - MIN_MARK || from > range[1] + MIN_MARK) return null;

  const segments: MarkSegment[] = [];
  const push = (a: number, b: number, certain: boolean) => {
    const ca = clip(a);
    const cb = clip(b);
    if (cb > ca) segments.push({ a: ca, b: cb, certain });
  };

  if (!span.end && !span.ongoing) {
    if (isDay(span.start)) {
      const mid = (from + to) / 2;
      return { a: mid - MIN_MARK / 2, b: mid + MIN_MARK / 2, segments: [], dot: mid, openEnd: null };
    }
    // A year or a month: the whole stretch it covers, drawn as uncertain, widened to stay visible.
    const grow = Math.max(0, MIN_MARK - (to - from)) / 2;
    push(from - grow, to + grow, false);
    return bounds(segments, null, null);
  }

  const startCertain = isDay(span.start);
  const solidFrom = startCertain ? from : x(span.start.to);
  if (!startCertain) push(from, solidFrom, false);
  let solidTo = to;
  if (span.end && !isDay(span.end)) {
    solidTo = x(span.end.from);
    push(Math.max(solidFrom, solidTo), to, false);
  }
  if (solidTo > solidFrom) push(solidFrom, solidTo, true);
  segments.sort((p, q) => p.a - q.a);
  return bounds(segments, null, span.ongoing ? clip(to) : null);
}

function bounds(segments: MarkSegment[], dot: number | null, openEnd: number | null): MarkGeometry | null {
  if (!segments.length) return null;
  let a = segments[0].a;
  let b = segments[segments.length - 1].b;
  if (b - a < MIN_MARK) {
    const grow = (MIN_MARK - (b - a)) / 2;
    a -= grow;
    b += grow;
  }
  // The open end's arrow needs room of its own.
  if (openEnd !== null) b = Math.max(b, openEnd + 10);
  return { a, b, segments, dot, openEnd };
}

/**
 * A mark laid out where pixels grow with time, mirrored into a plot where time runs up: `m` is
 * the sum of the range's ends, so the range maps onto itself. The geometry's rules (the uncertain
 * ends, the minimum length, the open end's room) stay written once, for one direction.
 */
export function mirrorMark(g: MarkGeometry, m: number): MarkGeometry {
  const flip = (v: number | null) => (v === null ? null : m - v);
  return {
    a: m - g.b,
    b: m - g.a,
    segments: g.segments.map((s) => ({ a: m - s.b, b: m - s.a, certain: s.certain })).reverse(),
    dot: flip(g.dot),
    openEnd: flip(g.openEnd),
  };
}
