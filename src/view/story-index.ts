/**
 * A dataset, prepared once for every frame that draws it: entries with their spans in date order,
 * found by id, the time they cover, and (per lane choice) the entries shown with their time
 * indexes. Pure: no DOM, so it is built in `willUpdate` and tested without an element.
 */
import { entrySpan, type EntrySpan } from '../dates/partial-date.js';
import type { TimelineDataset, TimelineEntry, TimelineEra } from '../data/types.js';
import { bisectLeft } from 'd3-array';
import { emptyTimeIndex, setEntry, type TimeIndex } from '../layout/lod.js';

const DAY = 864e5;

/** An entry with what every frame needs. */
export interface Prepared {
  entry: TimelineEntry;
  span: EntrySpan;
  /** Its lane's position in the dataset's lanes. */
  lane: number;
}

/** An era with the time it covers (ms, `to` exclusive). */
export interface PreparedEra {
  era: TimelineEra;
  from: number;
  to: number;
}

export interface StoryIndex {
  dataset: TimelineDataset;
  /** The dataset's eras that have valid dates, by start. */
  eras: PreparedEra[];
  /** Every drawable entry, by start (stable: entries that start together keep the data's order). */
  prepared: Prepared[];
  byId: Map<string, Prepared>;
  /** The time the entries cover, padded a little; null when there is nothing to draw. */
  extent: [number, number] | null;
}

/** The entries of the lanes shown: the keyboard's order, and what frames search. */
export interface ShownIndex {
  hidden: ReadonlySet<number>;
  shown: Prepared[];
  /** Position of each shown entry in `shown`, by id. */
  position: Pick<ReadonlyMap<string, number>, 'get' | 'has'>;
  /** Shown entries by start, per lane (null for a hidden lane) and all together. */
  lanes: (TimeIndex | null)[];
  all: TimeIndex;
}

export function indexStory(dataset: TimelineDataset): StoryIndex {
  const laneIndex = new Map(dataset.lanes.map((lane, i) => [lane.id, i]));
  const drawable: Prepared[] = [];
  let from = Infinity;
  let to = -Infinity;
  for (const entry of dataset.entries) {
    const span = entrySpan(entry, dataset.asOf);
    const lane = laneIndex.get(entry.lane);
    if (!span || lane === undefined) continue;
    drawable.push({ entry, span, lane });
    from = Math.min(from, span.from);
    to = Math.max(to, span.to);
  }
  const prepared = byStart(drawable);
  const pad = Math.max(DAY * 30, (to - from) * 0.03);
  const extent: [number, number] | null = prepared.length ? [from - pad, to + pad] : null;
  const byId = new Map(prepared.map((p) => [p.entry.id, p]));
  return { dataset, eras: prepareEras(dataset), prepared, byId, extent };
}

/**
 * Positions below 2^21 (the validator lets 100,000 entries in): a sort key is a start's day times
 * this, plus the position.
 */
const SLOTS = 2 ** 21;

/**
 * `items` by start, stable: entries that start together keep the data's order. Every start is a
 * UTC midnight of the years 1–9999, so each item becomes one exact integer (below 2^53), its day
 * times 2^21 plus its position, and a Float64Array sorts those natively, with no comparator (at
 * 100,000 entries the comparator's sort was a sixth of the story's index, in Node). Plain loops,
 * not `every` or `Array.from(keys, …)`: at 100,000 entries those took longer than the sort.
 */
function byStart(items: Prepared[]): Prepared[] {
  const n = items.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (items[i].span.from / DAY) * SLOTS + i;
  keys.sort();
  const sorted: Prepared[] = [];
  // The position is the key's remainder by 2^21 (the day may be negative: before 1970).
  for (let i = 0; i < n; i++) sorted.push(items[keys[i] - Math.floor(keys[i] / SLOTS) * SLOTS]);
  return sorted;
}

/** The eras with their spans, by start; an era whose dates do not parse is left out. */
export function prepareEras({ eras, asOf }: TimelineDataset): PreparedEra[] {
  return (eras ?? [])
    .flatMap((era) => {
      const span = entrySpan({ date: era.start, end: era.end }, asOf);
      return span ? [{ era, from: span.from, to: span.to }] : [];
    })
    .sort((p, q) => p.from - q.from);
}

/**
 * The era each entry of `shown` starts in (the latest-starting one, where eras overlap), or null:
 * the list view groups entries under their era's heading.
 */
export function entryEras(shown: readonly Prepared[], eras: readonly PreparedEra[]): (TimelineEra | null)[] {
  // Both are by start: `begun` counts the eras begun by the entry's start, and only grows.
  let begun = 0;
  return shown.map((p) => {
    const from = p.span.from;
    while (begun < eras.length && eras[begun].from <= from) begun++;
    let k = begun - 1;
    while (k >= 0 && eras[k].to <= from) k--;
    return eras[k]?.era ?? null;
  });
}

/**
 * The lanes a `lanes` value shows, read sensibly whatever the page gave: a comma-separated string,
 * an array of ids, or nothing (all). Ids that name no lane are returned apart, to be reported.
 */
export function hiddenLanes(
  dataset: TimelineDataset,
  lanes: unknown,
): { hidden: Set<number>; unknown: string[] } {
  const ids =
    typeof lanes === 'string'
      ? lanes.split(',')
      : Array.isArray(lanes)
        ? lanes.map(String)
        : lanes === null || lanes === undefined
          ? null
          : [String(lanes)];
  if (!ids) return { hidden: new Set(), unknown: [] };
  const wanted = new Set(ids.map((id) => id.trim()).filter(Boolean));
  const known = new Set(dataset.lanes.map((lane) => lane.id));
  const hidden = new Set(dataset.lanes.flatMap((lane, i) => (wanted.has(lane.id) ? [] : [i])));
  return { hidden, unknown: [...wanted].filter((id) => !known.has(id)) };
}

export function indexShown(story: StoryIndex, hidden: ReadonlySet<number>): ShownIndex {
  const shown = hidden.size ? story.prepared.filter((p) => !hidden.has(p.lane)) : story.prepared;
  const { all, lanes } = timeIndexes(shown, story.dataset.lanes.length, hidden);
  /** Found by its start in `all` (shown is in that order), not kept in a Map of every entry. */
  const get = (id: string) => {
    const p = story.byId.get(id);
    if (!p || hidden.has(p.lane)) return undefined;
    for (let i = bisectLeft(all.from, p.span.from); i < shown.length; i++) if (shown[i] === p) return i;
    return undefined;
  };
  return { hidden, shown, position: { get, has: (id) => get(id) !== undefined }, all, lanes };
}

/**
 * The time indexes of `shown`, which is in order of start: all together, and per lane (null for a
 * hidden one), each position's `ref` its place in `shown`. Filled in one pass: making a span object
 * per entry, a Map of positions and a filtered copy per lane took 200 ms at 100,000 entries.
 */
function timeIndexes(
  shown: readonly Prepared[],
  laneCount: number,
  hidden: ReadonlySet<number>,
): { all: TimeIndex; lanes: (TimeIndex | null)[] } {
  const sizes = new Array<number>(laneCount).fill(0);
  for (const p of shown) sizes[p.lane]++;
  const all = emptyTimeIndex(shown.length);
  const lanes = sizes.map((n, lane) => (hidden.has(lane) ? null : emptyTimeIndex(n)));
  const filled = new Array<number>(laneCount).fill(0);
  shown.forEach(({ lane, span }, i) => {
    setEntry(all, i, span.from, span.to, i);
    setEntry(lanes[lane]!, filled[lane]++, span.from, span.to, i);
  });
  return { all, lanes };
}

/** For the plot's one-sentence description: entries, first and last year, lanes shown. */
export function summaryOf(story: StoryIndex, index: ShownIndex): [number, number, number, number] | null {
  const n = index.shown.length;
  if (!n) return null;
  const last = new Date(index.all.maxTo[n - 1] - 1);
  const lanes = story.dataset.lanes.length - index.hidden.size;
  return [n, new Date(index.shown[0].span.from).getUTCFullYear(), last.getUTCFullYear(), lanes];
}
