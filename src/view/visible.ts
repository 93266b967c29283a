/**
 * Which entries a frame draws: those in the window, found by binary search, or, where a group (a
 * lane; all lanes when vertical) has more than fit, counted clusters per stretch of pixels. The
 * focused and the selected entry are always drawn on their own, so the keyboard reaches every
 * entry. Pure: no DOM.
 */
import { localize } from '../data/localize.js';
import type { Lang, TimelineDataset } from '../data/types.js';
import { entryDateText, formatPartialDate } from '../dates/format.js';
import type { Strings } from '../i18n.js';
import type { LayoutEntry } from '../layout/layout.js';
import { candidates, countBins, type TimeIndex } from '../layout/lod.js';
import { timeSpan } from '../scale/time-scale.js';
import { MIN_WINDOW, type Frame } from './frame.js';
import type { ShownIndex } from './story-index.js';

export interface VisibleInput {
  frame: Frame;
  shown: ShownIndex;
  dataset: TimelineDataset;
  /** Ids drawn on their own whatever the level of detail: the focused and the selected entry. */
  pinned: readonly (string | null)[];
  lang: Lang;
  t: Strings;
}

/** The groups the level of detail counts in, each with its lane (-1: all lanes). */
function groups(frame: Frame, shown: ShownIndex): [number, TimeIndex][] {
  if (!frame.orientation.perLane) return [[-1, shown.all]];
  return shown.lanes.flatMap((index, lane) => (index ? [[lane, index] as [number, TimeIndex]] : []));
}

/** The entries of one group in [t0, t1], or null when there are more than `limit`. */
function inWindow(index: TimeIndex, t0: number, t1: number, limit: number): number[] | null {
  const [lo, hi] = candidates(index, t0, t1);
  // Count what really touches the window, stopping as soon as it is too many.
  const refs: number[] = [];
  for (let i = lo; i < hi && refs.length <= limit; i++) if (index.to[i] >= t0) refs.push(index.ref[i]);
  return refs.length <= limit ? refs : null;
}

/** Counts the entries that start in each stretch of `bin` pixels; lone entries stay single. */
function clustersOf(
  input: VisibleInput,
  lane: number,
  index: TimeIndex,
  pinned: Set<number>,
  singles: Set<number>,
) {
  const { frame, shown, lang, t } = input;
  const { scale, range, orientation } = frame;
  // Bins of `bin` pixels from the window's earliest time on, whichever way time runs.
  const [t0, t1] = timeSpan(scale, range);
  const from = scale(t0);
  const way = scale(t1) >= from ? 1 : -1;
  const edges: number[] = [];
  for (let px = 0; px < range[1] - range[0]; px += orientation.bin)
    edges.push(+scale.invert(from + way * px));
  edges.push(t1 + 1);
  const clusters: LayoutEntry[] = [];
  for (const b of countBins(index, edges)) {
    // Counted in place: at 100,000 entries a bin can hold hundreds, and an array of them per bin
    // was 40 % of what a zoom or pan frame allocated.
    let count = 0;
    let first = -1;
    for (let i = b.lo; i < b.hi; i++) {
      const ref = index.ref[i];
      if (pinned.has(ref)) continue;
      if (!count++) first = ref;
    }
    if (count <= 1) {
      if (count) singles.add(first);
      continue;
    }
    // The dates of the entries counted, at their precision: not the bin's edges, which may fall a
    // day before the first (or before the year 1).
    const [from, to] = [b.lo, b.hi - 1].map((i) =>
      formatPartialDate(shown.shown[index.ref[i]].entry.date, lang),
    );
    clusters.push({
      id: `cluster-${lane}-${b.start}`,
      lane: lane < 0 ? shown.shown[first].lane : lane,
      span: null,
      cluster: { count, start: b.start, end: b.end },
      title: t.cluster(count),
      meta: from === to ? from : `${from} – ${to}`,
    });
  }
  return clusters;
}

const startOf = (item: LayoutEntry) => (item.cluster ? item.cluster.start : item.span!.from);

export function visibleItems(input: VisibleInput): LayoutEntry[] {
  const { frame, shown, dataset, lang } = input;
  const [t0, t1] = timeSpan(frame.scale, frame.range);
  const pinned = new Set(
    input.pinned.flatMap((id) => {
      const i = id ? shown.position.get(id) : undefined;
      return i === undefined ? [] : [i];
    }),
  );
  const singles = new Set<number>();
  const clusters: LayoutEntry[] = [];
  // Zoomed in as far as it goes, no cluster could open further (41 entries of one day): all are drawn.
  const limit = t1 - t0 <= MIN_WINDOW * 1.01 ? Infinity : frame.orientation.limit;
  for (const [lane, index] of groups(frame, shown)) {
    const refs = inWindow(index, t0, t1, limit);
    if (refs) for (const ref of refs) singles.add(ref);
    else clusters.push(...clustersOf(input, lane, index, pinned, singles));
  }
  for (const i of pinned) singles.add(i);
  const entries = [...singles]
    .sort((a, b) => a - b)
    .map((i): LayoutEntry => {
      const { entry, span, lane } = shown.shown[i];
      return {
        id: entry.id,
        lane,
        span,
        title: localize(entry.title, lang),
        meta: `${entryDateText(entry, lang)} · ${localize(dataset.lanes[lane]?.label, lang)}`,
      };
    });
  return [...entries, ...clusters].sort((p, q) => startOf(p) - startOf(q));
}
