/**
 * One frame of the plot, as numbers: the stretches of time and their breaks, the base scale, the
 * zoomed scale and its ticks. Pure: what `willUpdate` computes from the story, the element's size
 * and the zoom transform, and what tests call without a DOM.
 */
import type { ZoomTransform } from 'd3-zoom';
import type { Localized } from '../data/types.js';
import { parsePartialDate } from '../dates/partial-date.js';
import { BREAK_WIDTH } from '../layout/metrics.js';
import type { Orientation } from '../orientation/orientation.js';
import { findGaps, spanActivity } from '../scale/gaps.js';
import {
  baseScale,
  scaleBreaks,
  scaleTicks,
  stretches,
  zoomed,
  type ScaleBreak,
  type Stretch,
  type TimeScale,
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
  /** The eras in view, with their pixels along time clipped to the range. */
  eras: FrameEra[];
}

/** An era as a frame draws it: `px` along time, inside the visible range. */
export interface FrameEra {
  id: string;
  label: Localized;
  px: [number, number];
}

/** With no entries there is no time to show; one year keeps the maths finite. */
const NO_TIME: [number, number] = [Date.UTC(2000, 0), Date.UTC(2001, 0)];

/** The stretches of the story's time: its empty ones as breaks with `gaps="auto"`. */
export function storyPieces(story: StoryIndex, gaps: 'auto' | 'none'): Stretch[] {
  const extent = story.extent ?? NO_TIME;
  if (gaps === 'none') return stretches(extent, []);
  const found = findGaps(
    story.prepared.flatMap((p) => spanActivity(p.span)),
    extent,
  );
  return stretches(extent, found);
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
  eras: readonly PreparedEra[] = [],
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
    eras: frameEras(scale, range, eras),
  };
}

/** The eras that touch the visible `range` on `scale`, each clipped to it (at least a pixel wide). */
export function frameEras(
  scale: TimeScale,
  range: readonly [number, number],
  eras: readonly PreparedEra[],
): FrameEra[] {
  return eras.flatMap(({ era, from, to }) => {
    const a = Math.max(range[0], scale(from));
    const b = Math.min(range[1], scale(to));
    return b - a >= 1 ? [{ id: era.id, label: era.label, px: [a, b] as [number, number] }] : [];
  });
}

/** A partial date or Date as ms: `start` takes the beginning of its span, `end` its end. */
export function toTime(value: string | Date | null | undefined, edge: 'start' | 'end'): number | null {
  if (value instanceof Date) return Number.isNaN(+value) ? null : +value;
  const parsed = value ? parsePartialDate(value) : null;
  return parsed ? +parsed[edge] : null;
}

/**
 * The transform that shows the window [from, to] (ms; null: the extent's edge) on `base`, kept
 * inside the extent and no narrower than the zoom limit allows.
 */
export function windowTransform(
  orientation: Orientation,
  base: TimeScale,
  extent: readonly [number, number],
  from: number | null,
  to: number | null,
): ZoomTransform {
  const a = from ?? extent[0];
  const b = to ?? extent[1];
  if (!(b > a)) return orientation.transform(0, 1);
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
