/**
 * One frame of the plot, as numbers: the stretches of time and their breaks, the base scale, the
 * zoomed scale and its ticks. Pure: what `willUpdate` computes from the story, the element's size
 * and the zoom transform, and what tests call without a DOM.
 */
import type { ZoomTransform } from 'd3-zoom';
import { parsePartialDate } from '../dates/partial-date.js';
import { BREAK_WIDTH } from '../layout/metrics.js';
import type { Orientation } from '../orientation/orientation.js';
import { findGaps, spanActivity } from '../scale/gaps.js';
import {
  FIRST,
  LAST,
  baseScale,
  scaleBreaks,
  scaleTicks,
  stretches,
  zoomed,
  type ScaleBreak,
  type Stretch,
  type TimeScale,
} from '../scale/time-scale.js';
import type { StoryIndex } from './story-index.js';

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
}

/** With no entries there is no time to show; one year keeps the maths finite. */
const NO_TIME: [number, number] = [Date.UTC(2000, 0), Date.UTC(2001, 0)];

/** A window the page asked for: ms, or null for the story's own edge. */
export type Window = readonly [number | null, number | null];

/**
 * The stretches of the story's time, widened to take in `outer` (a window the page asked for
 * that reaches beyond the story, which is then shown as it is): its empty ones as breaks with
 * `gaps="auto"`. The time before the first entry and after the last is never a break.
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
  const found = findGaps(
    story.prepared.flatMap((p) => spanActivity(p.span)),
    extent,
  );
  return stretches(extent, found);
}

/** The windows asked for, together (in either order), as one window: what the pieces take in. */
export function outerOf(...windows: Window[]): Window {
  const times = (i: 0 | 1) => windows.flatMap((w) => [w[i], w[1 - i]]).filter((t) => t !== null);
  const from = times(0);
  const to = times(1);
  return [from.length ? Math.min(...from) : null, to.length ? Math.max(...to) : null];
}

/** The unzoomed scale of `pieces` along `range`. */
export function frameBase(pieces: readonly Stretch[], range: readonly [number, number]): TimeScale {
  return baseScale(pieces, range, BREAK_WIDTH);
}

export function makeFrame(
  orientation: Orientation,
  pieces: Stretch[],
  range: [number, number],
  transform: ZoomTransform,
): Frame {
  const base = frameBase(pieces, range);
  const scale = zoomed(base, transform, orientation.axis);
  return {
    orientation,
    range,
    extent: [pieces[0].from, pieces[pieces.length - 1].to],
    pieces,
    base,
    scale,
    ticks: scaleTicks(scale, pieces, range, orientation.tickSpacing),
    breaks: scaleBreaks(scale, pieces, range),
  };
}

/**
 * A partial date or Date as ms: `start` takes the beginning of its span, `end` its end. Kept to
 * the years 1–9999 that dates can name (a Date may reach 271,821 BCE). Null when it is no date.
 */
export function toTime(value: string | Date | null | undefined, edge: 'start' | 'end'): number | null {
  const parsed = value instanceof Date ? null : value ? parsePartialDate(value) : null;
  const ms = value instanceof Date ? +value : parsed ? +parsed[edge] : NaN;
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
): ZoomTransform {
  let a = Math.min(from ?? extent[0], to ?? extent[1]);
  let b = Math.max(from ?? extent[0], to ?? extent[1]);
  if (b - a < MIN_WINDOW) [a, b] = [(a + b - MIN_WINDOW) / 2, (a + b + MIN_WINDOW) / 2];
  // A polylinear scale's range lists every stop: the plot runs from the first to the last.
  const stops = base.range();
  const [r0, r1] = [stops[0], stops[stops.length - 1]];
  const k = Math.max(1, (r1 - r0) / (base(b) - base(a)));
  return orientation.transform(r0 - k * base(a), k);
}

/** The window a frame shows. */
export function frameWindow(frame: Frame): [Date, Date] {
  return [new Date(frame.scale.invert(frame.range[0])), new Date(frame.scale.invert(frame.range[1]))];
}
