/**
 * A UTC time scale with axis breaks (SPEC §5, "Honest gaps"): each gap is squeezed into a break of
 * fixed width, and the segments between share the rest of the range in proportion to their
 * durations, so every segment keeps one truthful scale (the same for all: a year is as wide in 1994
 * as in 2022). A time inside a gap maps linearly across its break, so the scale stays continuous,
 * monotonic and invertible.
 *
 * Zoom is exact-affine. The scale is a *layout* (the base domain with its gaps, laid across the
 * range) seen through a *window* (the domain). `domain(d)` moves the window without re-laying
 * anything, so what d3-zoom's `rescaleX` builds (`x.copy().domain(newWindow)`) is exactly
 * `k * x(t) + tx` for every t, inside segments and breaks alike, which is what d3-zoom assumes when it
 * keeps the point under the pointer still and applies `translateExtent`. Breaks therefore grow with
 * the zoom like everything else: keeping them a fixed width while the segments grow would make the
 * zoomed scale differ from `k * x(t) + tx`, and the date under the pointer would drift as one zooms.
 * `range(r)` re-lays the layout across the new range, so on resize breaks keep their pixel width.
 */
import { timeTicks } from '../dates/ticks.js';
import type { Gap } from './gaps.js';
import type { TimeScale } from './time-scale.js';

/** A break as drawn: its gap and where the gap's ends land. */
export interface ScaleBreak extends Gap {
  px: [number, number];
}

/** A `TimeScale` with breaks; also a d3-zoom `ZoomScale`. */
export interface PiecewiseScale extends TimeScale {
  domain(): [Date, Date];
  domain(d: [Date | number, Date | number]): PiecewiseScale;
  range(): [number, number];
  range(r: [number, number]): PiecewiseScale;
  copy(): PiecewiseScale;
  /** The gaps of the layout: clipped to its domain, merged where they overlap, sorted. */
  gaps(): Gap[];
  /** The breaks that reach into the window, unclipped (draw them under the plot's clip). */
  breaks(): ScaleBreak[];
}

interface Layout {
  lo: number;
  /** Whether the layout's domain runs forward. */
  forward: boolean;
  gaps: Gap[];
  /** The time outside gaps. */
  segments: number;
  breakWidth: number;
}

/**
 * Through the points (xs[i], ys[i]), xs ascending. Past the ends, the end piece carries on when it
 * is a segment; after a break, `slope` (the segments' slope) does.
 */
function lerp(x: number, xs: number[], ys: number[], inGap: boolean[], slope: number): number {
  const last = xs.length - 1;
  let i = 0;
  while (i < last - 1 && x >= xs[i + 1]) i++;
  if (x < xs[0] && inGap[0]) return ys[0] + (x - xs[0]) * slope;
  if (x > xs[last] && inGap[last - 1]) return ys[last] + (x - xs[last]) * slope;
  const dx = xs[i + 1] - xs[i];
  return dx ? ys[i] + ((x - xs[i]) / dx) * (ys[i + 1] - ys[i]) : ys[i];
}

/**
 * A scale from `domain` to `range` (pixels) that draws each of `gaps` as a break `breakWidth` px
 * wide (default 28; never more than half the range in all). Not clamped. Without gaps (or with
 * none inside the domain) it is the linear `scaleTime`; a degenerate domain or range behaves as
 * there, never NaN. `invert` rounds to whole ms, so `invert(scale(d))` gives `d` back.
 */
export function scalePiecewise(
  domain: [Date | number, Date | number],
  range: [number, number],
  gaps: readonly Gap[],
  options: { breakWidth?: number } = {},
): PiecewiseScale {
  const d0 = +domain[0];
  const d1 = +domain[1];
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const own: Gap[] = [];
  for (const g of [...gaps].sort((a, b) => a.start - b.start)) {
    const start = Math.max(+g.start, lo);
    const end = Math.min(+g.end, hi);
    if (!(end > start)) continue;
    const last = own[own.length - 1];
    if (last && start <= last.end) {
      if (end > last.end) Object.assign(last, { end, to: g.to });
    } else own.push({ ...g, start, end });
  }
  const segments = own.reduce((rest, g) => rest - (g.end - g.start), hi - lo);
  const layout: Layout = {
    lo,
    forward: d0 <= d1,
    gaps: segments > 0 ? own : [],
    segments,
    breakWidth: Math.max(0, options.breakWidth ?? 28) || 0,
  };
  return make(layout, d0, d1, +range[0], +range[1]);
}

function make(layout: Layout, d0: number, d1: number, r0: number, r1: number): PiecewiseScale {
  const { gaps } = layout;
  // The window's knots: its edges and the gaps' ends, ascending in time; by pixel for `invert`.
  let ts: number[] = [];
  let ps: number[] = [];
  let inGap: boolean[] = [];
  let byPx: [number[], number[], boolean[]] = [[], [], []];
  let slope = 0;

  const update = () => {
    const knots: [number, number][] = [
      [d0, r0],
      [d1, r1],
    ];
    const span = Math.abs(r1 - r0);
    const n = gaps.length;
    slope = 0;
    if (n && span && d0 !== d1) {
      const width = Math.min(layout.breakWidth, span / 2 / n);
      const perMs = (span - n * width) / layout.segments;
      // The layout: pixels along the range from its start, then to pixels.
      const at = (x: number) => {
        let u = (x - layout.lo) * perMs;
        for (const g of gaps) {
          if (x <= g.start) break;
          u +=
            x >= g.end
              ? width - (g.end - g.start) * perMs
              : (x - g.start) * (width / (g.end - g.start) - perMs);
        }
        return layout.forward ? r0 + (u / span) * (r1 - r0) : r1 - (u / span) * (r1 - r0);
      };
      const q0 = at(d0);
      const q1 = at(d1);
      if (q1 !== q0) {
        // The window: the affine map taking the layout's pixels at d0, d1 to r0, r1.
        const k = (r1 - r0) / (q1 - q0);
        slope = (((layout.forward ? 1 : -1) * (r1 - r0)) / span) * perMs * k;
        for (const g of gaps) {
          for (const x of [g.start, g.end]) if (x !== d0 && x !== d1) knots.push([x, r0 + (at(x) - q0) * k]);
        }
      }
    }
    knots.sort((a, b) => a[0] - b[0]);
    ts = knots.map((k) => k[0]);
    ps = knots.map((k) => k[1]);
    inGap = ts.slice(1).map((x, i) => gaps.some((g) => g.start <= ts[i] && x <= g.end));
    byPx =
      ps[0] > ps[ps.length - 1]
        ? [[...ps].reverse(), [...ts].reverse(), [...inGap].reverse()]
        : [ps, ts, inGap];
  };

  const scale = ((date: Date | number) =>
    d0 === d1 ? (r0 + r1) / 2 : lerp(+date, ts, ps, inGap, slope)) as PiecewiseScale;

  scale.domain = ((d?: [Date | number, Date | number]) => {
    if (!d) return [new Date(d0), new Date(d1)];
    d0 = +d[0];
    d1 = +d[1];
    update();
    return scale;
  }) as PiecewiseScale['domain'];

  scale.range = ((r?: [number, number]) => {
    if (!r) return [r0, r1];
    r0 = +r[0];
    r1 = +r[1];
    update();
    return scale;
  }) as PiecewiseScale['range'];

  scale.invert = (px: number) =>
    new Date(Math.round(r0 === r1 ? (d0 + d1) / 2 : lerp(px, ...byPx, slope ? 1 / slope : 0)));

  scale.copy = () => make(layout, d0, d1, r0, r1);

  scale.gaps = () => gaps.map((g) => ({ ...g }));

  const visible = (lo: number, hi: number) => gaps.filter((g) => g.end > lo && g.start < hi);

  scale.breaks = () =>
    visible(Math.min(d0, d1), Math.max(d0, d1)).map((g) => ({ ...g, px: [scale(g.start), scale(g.end)] }));

  // Ticks per segment, never in a break: a tick there would name a time the axis does not show at
  // that place. Each segment gets its share of `count` by its width; a window wholly inside a gap
  // gets none.
  scale.ticks = (count = 10) => {
    if (d0 === d1) return timeTicks(new Date(d0), new Date(d1), count);
    let from = Math.min(d0, d1);
    const to = Math.max(d0, d1);
    const pieces: [number, number][] = [];
    for (const g of visible(from, to)) {
      if (g.start > from) pieces.push([from, g.start]);
      from = g.end;
    }
    if (to > from) pieces.push([from, to]);
    const span = Math.abs(r1 - r0);
    const ticks = pieces.flatMap(([a, b]) =>
      timeTicks(new Date(a), new Date(b), span ? count * (Math.abs(scale(b) - scale(a)) / span) : count),
    );
    return d0 <= d1 ? ticks : ticks.reverse();
  };

  update();
  return scale;
}
