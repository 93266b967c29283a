import type { EntrySpan } from '../dates/partial-date.js';
import { MIN_MARK, markGeometry, mirrorMark, type MarkGeometry } from './marks.js';
import { packIntervals } from './pack.js';
import { wrapText } from './wrap.js';
import { H, V, type TextStyle } from './metrics.js';

export { H, V, type TextStyle };

/**
 * Lane layout for both orientations, as plain numbers: no DOM, so it is computed in `willUpdate`
 * once per dataset, size and zoom level, and `render()` only draws it.
 *
 * Horizontal: each lane is a band; inside it, entries that would touch are stacked in rows, and
 * every label sits under its mark in the same row, so neither marks nor labels can overlap.
 * Vertical (narrow containers): lanes merge; marks sit in thin tracks beside the axis at their
 * true time, and each entry's text block is pushed down just enough not to touch the one above,
 * with a leader line back to its mark.
 */

/** A counted cluster: `count` entries start in [start, end) (ms). */
export interface ClusterInfo {
  count: number;
  start: number;
  end: number;
}

export interface LayoutEntry {
  id: string;
  lane: number;
  /** The entry's span; a cluster has none. */
  span: EntrySpan | null;
  /** Set for a cluster of entries that do not fit, drawn as one counted mark. */
  cluster?: ClusterInfo;
  /** The visible title (one language). */
  title: string;
  /** Vertical layout's small line above the title: lane and date. */
  meta: string;
}

export type Measure = (text: string, style: TextStyle) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEntry {
  id: string;
  lane: number;
  mark: MarkGeometry;
  /** The mark's centre across the time axis (y when horizontal, x when vertical). */
  cross: number;
  /** Label lines with the position of the first baseline. */
  label: { x: number; y: number; lines: string[]; meta: string[] };
  /** The area that takes pointer input and carries the focus ring. */
  hit: Box;
  /** Vertical only: the leader line from the mark to the text block. */
  leader: [number, number, number, number] | null;
  cluster: ClusterInfo | null;
}

export interface LaneBand {
  lane: number;
  y: number;
  height: number;
}

export interface Layout {
  entries: PlacedEntry[];
  lanes: LaneBand[];
  /** The plot's size. */
  width: number;
  height: number;
}

/** A cluster's mark: the stretch of time it counts, as a solid bar (its count is its label). */
function clusterMark(
  cluster: ClusterInfo,
  x: (ms: number) => number,
  range: readonly [number, number],
): MarkGeometry {
  const a = Math.max(range[0], x(cluster.start)) + 1;
  const b = Math.max(a + MIN_MARK, Math.min(range[1], x(cluster.end)) - 1);
  return { a, b, segments: [{ a, b, certain: true }], dot: null, openEnd: null };
}

function markOf(entry: LayoutEntry, x: (ms: number) => number, range: readonly [number, number]) {
  if (entry.cluster) return clusterMark(entry.cluster, x, range);
  return entry.span ? markGeometry(entry.span, x, range) : null;
}

/**
 * Where time runs up (`up`), the mark is laid out in the mirrored coordinate, where pixels grow
 * with time as the mark geometry assumes, and mapped back.
 */
function markAlong(
  entry: LayoutEntry,
  y: (ms: number) => number,
  range: readonly [number, number],
  up: boolean,
) {
  if (!up) return markOf(entry, y, range);
  const m = range[0] + range[1];
  const mark = markOf(entry, (ms) => m - y(ms), range);
  return mark && mirrorMark(mark, m);
}

/**
 * The track of each mark: clusters share the first track; single entries pack into the tracks
 * beside it. First-fit over marks sorted by where they start on screen is optimal.
 */
function tracksOf(visible: readonly { entry: LayoutEntry; mark: MarkGeometry }[]): number[] {
  const singles = visible.filter((v) => !v.entry.cluster).sort((p, q) => p.mark.a - q.mark.a);
  const offset = singles.length < visible.length ? 1 : 0;
  const packed = packIntervals(
    singles.map((v) => v.mark),
    3,
  );
  const trackOf = new Map(singles.map((v, i) => [v, packed[i] + offset]));
  return visible.map((v) => trackOf.get(v) ?? 0);
}

/**
 * Entries in date order; `x` maps ms to px; `range` is the visible pixel range along time; lanes in
 * `hidden` are left out.
 */
interface LaneItem {
  entry: LayoutEntry;
  mark: MarkGeometry;
  labelX: number;
  label: string;
  /** The extent of mark and label together, along time. */
  a: number;
  b: number;
}

/** A mark and its one-line label, kept on screen when the mark starts (or runs) off the edge. */
function laneItem(
  entry: LayoutEntry,
  x: (ms: number) => number,
  range: readonly [number, number],
  measure: Measure,
): LaneItem | null {
  const mark = markOf(entry, x, range);
  if (!mark) return null;
  // A cluster's count sits inside its bar: it takes no room beside it.
  if (entry.cluster)
    return { entry, mark, labelX: (mark.a + mark.b) / 2, label: entry.title, a: mark.a, b: mark.b };
  const maxLabel = Math.max(40, range[1] - range[0]);
  const label = wrapText(entry.title, maxLabel, (s) => measure(s, 'label'), 1)[0] ?? '';
  const w = measure(label, 'label');
  const labelX = Math.max(range[0], Math.min(mark.a, range[1] - w));
  return { entry, mark, labelX, label, a: Math.min(mark.a, labelX), b: Math.max(mark.b, labelX + w) };
}

/** Rows inside a lane: clusters share the first row; single entries stack in the rows below. */
function laneRows(items: LaneItem[]): number[] {
  const singles = items.filter((item) => !item.entry.cluster);
  const offset = singles.length < items.length ? 1 : 0;
  const packed = packIntervals(singles, H.itemGap);
  const rowOf = new Map(singles.map((item, i) => [item, packed[i] + offset]));
  return items.map((item) => rowOf.get(item) ?? 0);
}

function placeInLane(item: LaneItem, lane: number, top: number): PlacedEntry {
  const cross = top + H.markHeight / 2 + 2;
  return {
    id: item.entry.id,
    lane,
    mark: item.mark,
    cross,
    label: {
      x: item.labelX,
      y: cross + H.markHeight / 2 + H.labelGap + 12,
      lines: [item.label],
      // Clusters keep their date range for their accessible name.
      meta: item.entry.cluster ? [item.entry.meta] : [],
    },
    hit: { x: item.a - 4, y: top - 3, width: item.b - item.a + 8, height: H.row - 6 },
    leader: null,
    cluster: item.entry.cluster ?? null,
  };
}

/**
 * Entries in date order; `x` maps ms to px; `range` is the visible pixel range along time; lanes in
 * `hidden` are left out; `eras` leaves a strip for era labels between the axis and the lanes.
 */
export function layoutHorizontal(
  entries: readonly LayoutEntry[],
  laneCount: number,
  x: (ms: number) => number,
  range: readonly [number, number],
  width: number,
  measure: Measure,
  hidden: ReadonlySet<number> = new Set(),
  eras = false,
): Layout {
  const perLane: LaneItem[][] = Array.from({ length: laneCount }, () => []);
  for (const entry of entries) {
    const item = laneItem(entry, x, range, measure);
    if (item) perLane[entry.lane]?.push(item);
  }
  const placed: PlacedEntry[] = [];
  const lanes: LaneBand[] = [];
  let y = H.axis + (eras ? H.eraStrip : 0);
  perLane.forEach((items, lane) => {
    // A lane the reader switched off takes no room at all.
    if (hidden.has(lane)) return;
    items.sort((p, q) => p.a - q.a);
    const rows = laneRows(items);
    const height = H.laneHeader + Math.max(1, ...rows.map((r) => r + 1)) * H.row;
    lanes.push({ lane, y, height });
    items.forEach((item, i) => placed.push(placeInLane(item, lane, y + H.laneHeader + rows[i] * H.row)));
    y += height + H.laneGap;
  });
  return { entries: placed, lanes, width, height: y };
}

/**
 * Where a mark's start is on screen: a day's dot, else its earliest pixel. Where time runs up, the
 * start's own pixel, kept on the mark: a mark widened to its minimum length reaches past its start
 * on both sides, and its lower end would run ahead of the next older entry's.
 */
function startPixel(entry: LayoutEntry, mark: MarkGeometry, y: (ms: number) => number, up: boolean): number {
  if (mark.dot !== null) return mark.dot;
  if (!up) return mark.segments[0]?.a ?? mark.a;
  const at = entry.span ? y(entry.span.from) : mark.b;
  return Math.min(mark.b, Math.max(mark.a, at));
}

/**
 * Entries in date order; `y` maps ms to px; `range` is the visible pixel range along time; `eras`
 * leaves a strip for era labels between the axis and the tracks. `up`: time runs up the pixels
 * (newest at the top), and the text blocks go down from the newest.
 */
export function layoutVertical(
  entries: readonly LayoutEntry[],
  y: (ms: number) => number,
  range: readonly [number, number],
  width: number,
  measure: Measure,
  eras = false,
  up = false,
): Layout {
  const visible: { entry: LayoutEntry; mark: MarkGeometry }[] = [];
  for (const entry of entries) {
    const mark = markAlong(entry, y, range, up);
    if (mark) visible.push({ entry, mark });
  }
  // Top to bottom: where time runs up, newest first.
  if (up) visible.reverse();
  const tracks = tracksOf(visible);
  const trackCount = Math.max(1, ...tracks.map((t) => t + 1));
  const left = V.axisLabel + 8 + (eras ? V.eraStrip : 0);
  const trackX = (t: number) => left + t * V.trackWidth + V.trackWidth / 2;
  const blockX = left + trackCount * V.trackWidth + 16;
  const blockWidth = Math.max(80, width - blockX - 8);

  const placed: PlacedEntry[] = [];
  let bottom = -Infinity;
  // Blocks go down in the order of their marks' starts on screen (a day's dot), each from its
  // mark's start: starts come in date order (reversed where time runs up: then a start is its
  // mark's lower end), and a dot can only run half a day off, so anchors held non-decreasing stay
  // on their marks. With both ends in the same order, no two leaders cross (each runs right from
  // its mark past the tracks, then slants to its block).
  let anchor = range[0];
  visible.forEach(({ entry, mark }, i) => {
    anchor = Math.max(anchor, startPixel(entry, mark, y, up));
    const lines = wrapText(entry.title, blockWidth - 14, (s) => measure(s, 'label'), 3);
    // Date and lane wrap rather than being cut: what is visible must stay part of the name.
    const meta = wrapText(entry.meta, blockWidth - 14, (s) => measure(s, 'meta'), 2);
    const metaHeight = meta.length * V.metaLine + 2;
    const height = metaHeight + lines.length * V.lineHeight + 4;
    const top = Math.max(anchor - 8, bottom + V.blockGap);
    bottom = top + height;
    const cross = trackX(tracks[i]);
    placed.push({
      id: entry.id,
      lane: entry.lane,
      mark,
      cross,
      label: { x: blockX + 14, y: top + metaHeight + 13, lines, meta },
      hit: { x: blockX - 4, y: top - 3, width: blockWidth + 4, height: height + 6 },
      leader: [cross + 4, anchor, blockX - 4, top + 8],
      cluster: entry.cluster ?? null,
    });
  });
  return { entries: placed, lanes: [], width, height: Math.max(range[1], bottom) + V.top };
}
