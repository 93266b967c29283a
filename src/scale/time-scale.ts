/**
 * The time axis: a d3 scale with a polylinear domain of epoch milliseconds. Each compressed gap is a pair of domain
 * stops whose pixels are a fixed break apart; the stretches between share the rest of the range,
 * each linear inside. d3-scale interpolates, inverts and copies it; we only choose the stops.
 *
 * Zoom maps the range, not the domain: `transform.rescaleX(scale)` re-derives the domain from the
 * range's stops, which moves the stops to other dates (the 19-year break would widen with every
 * zoom step). Mapping the range stops through the transform keeps every stop on its date, so the
 * zoomed scale is exactly `k × base(t) + x`, which is what d3-zoom assumes when it keeps the date
 * under the pointer still.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import type { ZoomTransform } from 'd3-zoom';
import type { Gap } from './gaps.js';

/**
 * Linear over ms rather than `scaleUtc`: the time scale's extras are its tick format (which brings
 * d3-time-format, 2.1 KB gzipped, measured) and Date output; date-fns formats every date here, and
 * ticks come from d3-time per stretch, so neither is used.
 */
export type TimeScale = ScaleLinear<number, number>;

/**
 * A zoom transform as the frames read it: d3-zoom's scale `k` and translation `x`, `y`. Frames are
 * drawn before d3-zoom has loaded (it loads beside the first frame: `zoom-controller.ts`), so they
 * read these numbers, and d3's `ZoomTransform` is one.
 */
export type Zoom = Pick<ZoomTransform, 'k' | 'x' | 'y'>;

/** A stretch of the domain and how it is drawn: a break of fixed pixels, or a share by weight. */
export interface Stretch {
  from: number;
  to: number;
  /** A compressed gap, drawn as a labelled break. */
  gap?: Gap;
  /** Its share of the pixels left after the breaks (default: its duration). */
  weight?: number;
}

/** A break as drawn: its gap and where the gap's ends land. */
export interface ScaleBreak {
  gap: Gap;
  px: [number, number];
}

/** The stretches of `extent` with each of `gaps` (sorted, inside the extent) as a break. */
export function stretches(extent: readonly [number, number], gaps: readonly Gap[]): Stretch[] {
  const out: Stretch[] = [];
  let at = extent[0];
  for (const gap of gaps) {
    const start = Math.max(at, gap.start);
    const end = Math.min(extent[1], gap.end);
    if (!(end > start)) continue;
    if (start > at) out.push({ from: at, to: start });
    out.push({ from: start, to: end, gap });
    at = end;
  }
  if (extent[1] > at || !out.length) out.push({ from: at, to: extent[1] });
  return out;
}

/**
 * The base scale: `pieces` laid across `range`. A break is `breakWidth` px (never more than half
 * the range in all); the other stretches share the rest by weight.
 */
export function baseScale(
  pieces: readonly Stretch[],
  range: readonly [number, number],
  breakWidth: number,
): TimeScale {
  const span = range[1] - range[0];
  const breaks = pieces.filter((p) => p.gap).length;
  const width = breaks ? Math.min(breakWidth, span / 2 / breaks) : 0;
  const weights = pieces.map((p) => (p.gap ? 0 : Math.max(0, p.weight ?? p.to - p.from)));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const free = span - breaks * width;
  const domain = [pieces[0].from];
  const stops = [range[0]];
  pieces.forEach((p, i) => {
    domain.push(p.to);
    stops.push(stops[i] + (p.gap ? width : (free * weights[i]) / total));
  });
  // A degenerate extent (one instant) still gets a scale: a day either side.
  if (!(domain[domain.length - 1] > domain[0]))
    return scaleLinear([domain[0] - 864e5, domain[0] + 864e5], range);
  return scaleLinear(domain, stops);
}

/** The base scale seen through a zoom transform along `axis`: every stop keeps its date. */
export function zoomed(base: TimeScale, { k, x, y }: Zoom, axis: 'x' | 'y'): TimeScale {
  // d3-zoom's applyX / applyY.
  const shift = axis === 'x' ? x : y;
  return base.copy().range(base.range().map((r) => r * k + shift));
}

/**
 * The time `range` (pixels, ascending) shows under `scale`, earliest first, whichever way time
 * runs (down or up the pixels).
 */
export function timeSpan(scale: TimeScale, range: readonly [number, number]): [number, number] {
  const a = +scale.invert(range[0]);
  const b = +scale.invert(range[1]);
  return a <= b ? [a, b] : [b, a];
}

/** The pixels of [from, to] under `scale`, ascending whichever way time runs. */
export function pixelSpan(scale: TimeScale, from: number, to: number): [number, number] {
  const a = scale(from);
  const b = scale(to);
  return a <= b ? [a, b] : [b, a];
}

/** The breaks of `pieces` under `scale`, in pixels (ascending), that reach into `range`. */
export function scaleBreaks(
  scale: TimeScale,
  pieces: readonly Stretch[],
  range: readonly [number, number],
): ScaleBreak[] {
  return pieces.flatMap((p) => {
    if (!p.gap) return [];
    const px = pixelSpan(scale, p.from, p.to);
    return px[1] >= range[0] && px[0] <= range[1] ? [{ gap: p.gap, px }] : [];
  });
}

const DAY = 864e5;
/** The years a partial date can name: ticks outside them would read `-200` or `10000`. */
export const FIRST = new Date(0).setUTCFullYear(1, 0, 1);
export const LAST = new Date(0).setUTCFullYear(10000, 0, 1) - 1;

/**
 * Ticks for the visible `range`: d3-time's UTC ticks per stretch, so that no tick falls inside a
 * break, each stretch with a count by its pixels (one per `spacing` px), then thinned to at least
 * half that apart, and kept `clearance` px from a break's middle (its label). Never finer than a
 * day: the data has no hours.
 */
export function scaleTicks(
  scale: TimeScale,
  pieces: readonly Stretch[],
  range: readonly [number, number],
  spacing: number,
  clearance = 0,
): Date[] {
  const [first, last] = timeSpan(scale, range);
  const t0 = Math.max(FIRST, first);
  const t1 = Math.min(LAST, last);
  const ticks = pieces.flatMap((p) => {
    const a = Math.max(p.from, t0);
    const b = Math.min(p.to, t1);
    if (p.gap || !(b > a)) return [];
    const count = Math.max(1, Math.abs(scale(b) - scale(a)) / spacing);
    if ((b - a) / count < DAY) return utcDay.range(new Date(a), new Date(b + 1));
    return utcTicks(new Date(a), new Date(b), count);
  });
  // Two stretches that meet may both tick their shared instant.
  // No tick label over a break's label: none within `clearance` px of a break's middle.
  const middles = scaleBreaks(scale, pieces, range).map((b) => (b.px[0] + b.px[1]) / 2);
  const clear = (t: Date) => middles.every((m) => Math.abs(scale(t) - m) >= clearance);
  return thin(
    ticks.filter((t, i) => (!i || +t > +ticks[i - 1]) && clear(t)),
    scale,
    spacing / 2,
  );
}

/** 0 for a year boundary, 1 for a month's, 2 for a day. */
const rank = (t: Date) => (+utcYear.floor(t) === +t ? 0 : +utcMonth.floor(t) === +t ? 1 : 2);

/**
 * Ticks at least `gap` px apart. Stretches weighted by activity differ in rate, so the ticks of
 * neighbouring stretches can crowd: years are kept first, then months, then days, and within each
 * the ticks with the most room after them (the start of a busy year over an empty one's).
 */
function thin(ticks: readonly Date[], scale: TimeScale, gap: number): Date[] {
  const px = ticks.map((t) => scale(t));
  const room = px.map((p, i) => Math.abs((px[i + 1] ?? Infinity) - p));
  const order = ticks.map((_, i) => i).sort((a, b) => rank(ticks[a]) - rank(ticks[b]) || room[b] - room[a]);
  const kept: number[] = [];
  for (const i of order) if (kept.every((k) => Math.abs(px[k] - px[i]) >= gap)) kept.push(i);
  return kept.sort((a, b) => a - b).map((i) => ticks[i]);
}
