/**
 * One frame of the plot, as numbers: the stretches of time and their breaks, the base scale, the
 * zoomed scale and its ticks. Pure: what `willUpdate` computes from the story, the element's size
 * and the zoom transform, and what tests call without a DOM.
 */
import type { Localized } from '../data/types.js';
import { parsePartialDate } from '../dates/partial-date.js';
import { BREAK_WIDTH } from '../layout/metrics.js';
import type { Orientation } from '../orientation/orientation.js';
import { ascending, findGaps, storyActivity, type Activity } from '../scale/gaps.js';
import { bisectLeft } from 'd3-array';
import { utcYear } from 'd3-time';
import {
  FIRST,
  LAST,
  baseScale,
  pixelSpan,
  scaleBreaks,
  scaleTicks,
  stretches,
  timeSpan,
  zoomed,
  type ScaleBreak,
  type Stretch,
  type TimeScale,
  type Zoom,
} from '../scale/time-scale.js';
import type { PreparedEra, StoryIndex } from './story-index.js';

/** The narrowest window one can zoom to. */
export const MIN_WINDOW = 14 * 864e5;

export interface Frame {
  orientation: Orientation;
  /** The pixel range along time. */
  range: [number, number];
  /** The time the unzoomed plot shows. */
  extent: [number, number];
  pieces: Stretch[];
  base: TimeScale;
  scale: TimeScale;
  ticks: Date[];
  breaks: ScaleBreak[];
  /** The axis's rate strip: each visible stretch's pixels and how dense its time is drawn (0–1). */
  rates: Rate[];
  /** The eras in view, with their pixels along time clipped to the range. */
  eras: FrameEra[];
}

/** An era as a frame draws it: `px` along time, inside the visible range. */
export interface FrameEra {
  id: string;
  label: Localized;
  px: [number, number];
}

export interface Rate {
  a: number;
  b: number;
  /** 0 for the sparsest stretch of the story, 1 for the densest (px per year, on a log scale). */
  level: number;
}

/** With no entries there is no time to show; one year keeps the maths finite. */
const NO_TIME: [number, number] = [Date.UTC(2000, 0), Date.UTC(2001, 0)];

/** A window the page asked for: ms, or null for the story's own edge. */
export type Window = readonly [number | null, number | null];

/**
 * The stretches of the story's time, widened to take in `outer` (a window the page asked for
 * that reaches beyond the story, which is then shown as it is). `gaps="none"`: one linear
 * stretch. `gaps="auto"`: its empty stretches as breaks, and room where it happens: the rest split
 * at year boundaries, each year weighted by how much happens in it (see `weighByActivity`). The
 * time before the first entry and after the last is never a break.
 */
export function storyPieces(
  story: StoryIndex,
  gaps: 'auto' | 'none',
  outer: Window = [null, null],
): Stretch[] {
  const own = story.extent ?? NO_TIME;
  const extent: [number, number] = [
    Math.min(own[0], outer[0] ?? Infinity),
    Math.max(own[1], outer[1] ?? -Infinity),
  ];
  if (gaps === 'none') return stretches(extent, []);
  const activity = storyActivity(story.prepared.map((p) => p.span));
  return weighByActivity(stretches(extent, findGaps(activity, extent)), activity);
}

const YEAR = 365.2425 * 864e5;
/** What one activity (a start, an end, a point) adds to its year's room, in years of room. */
export const PER_ACTIVITY = 2;

/**
 * Splits every stretch that is not a break at UTC year boundaries and weighs each piece by its
 * length plus `PER_ACTIVITY` years for each activity that starts in it: a year with eight entries
 * gets seventeen times the room of an empty one, and an empty year keeps its own (the floor), so
 * none vanishes. Inside each piece the scale stays linear.
 */
export function weighByActivity(pieces: readonly Stretch[], activity: readonly Activity[]): Stretch[] {
  const starts = activity.map((a) => a.from);
  if (!ascending(starts, Number)) starts.sort((a, b) => a - b);
  // Sorted: two bisections per piece, not a pass over every activity (years × entries).
  const count = (from: number, to: number) => bisectLeft(starts, to) - bisectLeft(starts, from);
  return pieces.flatMap((p) => {
    if (p.gap) return [p];
    const cuts = [p.from, ...utcYear.range(new Date(p.from + 1), new Date(p.to)).map(Number), p.to];
    return cuts.slice(1).map((to, i) => {
      const from = cuts[i];
      return { from, to, weight: (to - from) / YEAR + PER_ACTIVITY * count(from, to) };
    });
  });
}

/**
 * How far one may zoom in: until the densest stretch shows `MIN_WINDOW` across the whole range
 * (a linear extent / MIN_WINDOW would let stretches that get more room zoom past it).
 */
export function maxZoom(
  base: TimeScale,
  pieces: readonly Stretch[],
  range: readonly [number, number],
): number {
  const perMs = pieces
    .filter((p) => !p.gap && p.to > p.from)
    .map((p) => Math.abs(base(p.to) - base(p.from)) / (p.to - p.from));
  return Math.max(1, (range[1] - range[0]) / (Math.max(...perMs) * MIN_WINDOW));
}

/** The windows asked for, together (in either order), as one window: what the pieces take in. */
export function outerOf(a: Window, b: Window): Window {
  const times = [...a, ...b].filter((t) => t !== null);
  return times.length ? [Math.min(...times), Math.max(...times)] : [null, null];
}

/**
 * The unzoomed scale of `pieces` along `range`; where time runs up the pixels (`reversed`), the
 * same stops mirrored, so the oldest time sits at the range's far end. A zoom transform maps
 * pixels, so it works on either the same way.
 */
export function frameBase(
  orientation: Pick<Orientation, 'reversed'>,
  pieces: readonly Stretch[],
  range: readonly [number, number],
): TimeScale {
  const base = baseScale(pieces, range, BREAK_WIDTH);
  return orientation.reversed ? base.range(base.range().map((r) => range[0] + range[1] - r)) : base;
}

export function makeFrame(
  orientation: Orientation,
  pieces: Stretch[],
  range: [number, number],
  transform: Zoom,
  eras: readonly PreparedEra[] = [],
): Frame {
  const base = frameBase(orientation, pieces, range);
  const scale = zoomed(base, transform, orientation.axis);
  return {
    orientation,
    range,
    extent: [pieces[0].from, pieces[pieces.length - 1].to],
    pieces,
    base,
    scale,
    ticks: scaleTicks(scale, pieces, range, orientation.tickSpacing, orientation.breakClearance),
    breaks: scaleBreaks(scale, pieces, range),
    rates: rates(base, scale, pieces, range),
    eras: frameEras(scale, range, eras),
  };
}

/**
 * Where the rate changes, the axis shows it: a strip under the axis, darker where a year takes
 * more room. One level for a linear axis (nothing to show).
 */
function rates(
  base: TimeScale,
  scale: TimeScale,
  pieces: readonly Stretch[],
  range: readonly [number, number],
): Rate[] {
  const drawn = pieces.filter((p) => !p.gap && p.to > p.from);
  const density = drawn.map((p) => Math.log(Math.abs(base(p.to) - base(p.from)) / (p.to - p.from)));
  const lo = Math.min(...density);
  const hi = Math.max(...density);
  if (!(hi - lo > 0.05)) return [];
  return drawn.flatMap((p, i) => {
    const [from, to] = pixelSpan(scale, p.from, p.to);
    const a = Math.max(range[0], from);
    const b = Math.min(range[1], to);
    return b > a ? [{ a, b, level: (density[i] - lo) / (hi - lo) }] : [];
  });
}

/** The eras that touch the visible `range` on `scale`, each clipped to it (at least a pixel wide). */
export function frameEras(
  scale: TimeScale,
  range: readonly [number, number],
  eras: readonly PreparedEra[],
): FrameEra[] {
  return eras.flatMap(({ era, from, to }) => {
    const [p0, p1] = pixelSpan(scale, from, to);
    const a = Math.max(range[0], p0);
    const b = Math.min(range[1], p1);
    return b - a >= 1 ? [{ id: era.id, label: era.label, px: [a, b] as [number, number] }] : [];
  });
}

/**
 * A partial date or Date as ms: `start` takes the beginning of its span, `end` its end. Kept to
 * the years 1–9999 that dates can name (a Date may reach 271,821 BCE). Null when it is no date.
 */
export function toTime(value: string | Date | null | undefined, edge: 'start' | 'end'): number | null {
  const parsed = value instanceof Date ? null : value ? parsePartialDate(value) : null;
  const ms = value instanceof Date ? +value : parsed ? (edge === 'start' ? parsed.from : parsed.to) : NaN;
  return Number.isNaN(ms) ? null : Math.max(FIRST, Math.min(LAST, ms));
}

/**
 * The transform that shows the window [from, to] (ms; null: the extent's edge) on `base`, kept
 * inside the extent; a window narrower than the zoom limit (`start` = `end`) becomes the limit
 * around its centre.
 */
export function windowTransform(
  orientation: Orientation,
  base: TimeScale,
  extent: readonly [number, number],
  from: number | null,
  to: number | null,
): Zoom {
  let a = Math.min(from ?? extent[0], to ?? extent[1]);
  let b = Math.max(from ?? extent[0], to ?? extent[1]);
  if (b - a < MIN_WINDOW) [a, b] = [(a + b - MIN_WINDOW) / 2, (a + b + MIN_WINDOW) / 2];
  // A polylinear scale's range lists every stop: the plot runs from the first to the last (the
  // earliest time's pixel to the latest's, which is the way up where time runs up).
  const stops = base.range();
  const [r0, r1] = [stops[0], stops[stops.length - 1]];
  const k = Math.max(1, (r1 - r0) / (base(b) - base(a)));
  return orientation.transform(r0 - k * base(a), k);
}

/** The window a frame shows under `transform` (default: the one it was made with). */
export function frameWindow(frame: Frame, transform?: Zoom): [Date, Date] {
  const scale = transform ? zoomed(frame.base, transform, frame.orientation.axis) : frame.scale;
  const [start, end] = timeSpan(scale, frame.range);
  return [new Date(start), new Date(end)];
}
