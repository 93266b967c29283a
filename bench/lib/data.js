// The benchmark's datasets, each in the three libraries' own input formats. Built in Node before any
// browser starts, so that no page spends measured time making or converting data: a page fetches
// its ready-made JSON and hands it to its library.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LANES = [
  { id: 'politics', label: 'Politics', color: '#d03a2f' },
  { id: 'economy', label: 'Economy', color: '#3a78c2' },
  { id: 'society', label: 'Society', color: '#8266c4' },
  { id: 'military', label: 'Military', color: '#a66f00' },
];

/** mulberry32: a tiny seeded PRNG, so that every run and every library gets the very same entries. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const FIRST = Date.UTC(1990, 0, 1);
const LAST = Date.UTC(2025, 11, 31);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * `count` entries over 1990–2025 in 4 lanes: 70 % points (one day), 30 % periods of 2 days to
 * about 3 years, clipped to 2025. Dates are full 'YYYY-MM-DD' partial dates.
 */
export function synthetic(count, seed = 20221010) {
  const random = prng(seed ^ count);
  const days = (LAST - FIRST) / DAY;
  const entries = [];
  for (let i = 0; i < count; i++) {
    const start = FIRST + Math.floor(random() * days) * DAY;
    const lane = LANES[Math.floor(random() * LANES.length)].id;
    const entry = { id: `e-${i}`, date: iso(start), lane, title: `Entry ${i}` };
    if (random() < 0.3) entry.end = iso(Math.min(LAST, start + (1 + Math.floor(random() * 1100)) * DAY));
    entries.push(entry);
  }
  return {
    title: `Synthetic, ${count} entries`,
    asOf: '2025-12',
    lanes: LANES.map(({ id, label, color }) => ({ id, label, color })),
    entries,
  };
}

/**
 * What needs the element's build (`dist`, the folder): the article's story and the converters to the
 * peers' formats, which place dates with the element's own `entrySpan`.
 */
export async function fromBuild(dist) {
  const load = (path) => import(pathToFileURL(join(dist, path)).href);
  const { belarusStory, localize } = await load('data/index.js');
  const { entrySpan } = await load('dates/partial-date.js');

  /** The article's story as the element tells it by default (English text), for the peers. */
  function article() {
    return belarusStory;
  }

  /**
   * A neutral form of a dataset: each entry with its true start and (exclusive) end, computed by the
   * element's own `entrySpan`, so the peers place the same spans ('ongoing' runs to `asOf`).
   */
  function spans(dataset) {
    return dataset.entries.map((entry) => {
      const span = entrySpan(entry, dataset.asOf);
      if (!span) throw new Error(`invalid dates in ${entry.id}`);
      return { entry, span, period: entry.end !== undefined };
    });
  }

  /** vis-timeline: items (box for a point, range for a period) and one group per lane. */
  function toVis(dataset) {
    return {
      groups: dataset.lanes.map((lane) => ({ id: lane.id, content: localize(lane.label, 'en') })),
      items: spans(dataset).map(({ entry, span, period }) => {
        const item = {
          id: entry.id,
          group: entry.lane,
          content: localize(entry.title, 'en'),
          start: new Date(span.from).toISOString(),
        };
        if (period) item.end = new Date(span.to).toISOString();
        return item;
      }),
    };
  }

  /** TimelineJS3's JSON: `{events: [{start_date, end_date?, text, group}]}`, keeping each date's precision. */
  function toTimelineJS(dataset) {
    const part = (parsed) => {
      const date = { year: parsed.year };
      if (parsed.month) date.month = parsed.month;
      if (parsed.day) date.day = parsed.day;
      return date;
    };
    const labels = new Map(dataset.lanes.map((lane) => [lane.id, localize(lane.label, 'en')]));
    return {
      events: spans(dataset).map(({ entry, span, period }) => {
        const event = {
          unique_id: entry.id,
          start_date: part(span.start),
          text: { headline: localize(entry.title, 'en'), text: localize(entry.summary, 'en') },
          group: labels.get(entry.lane),
        };
        if (period) {
          // An ongoing period ends at `asOf`; its `span.end` is null, so parse it like the element does.
          const end = span.end ?? entrySpan({ date: dataset.asOf }, dataset.asOf).start;
          event.end_date = part(end);
        }
        return event;
      }),
    };
  }

  return { article, toVis, toTimelineJS };
}
