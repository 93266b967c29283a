/**
 * What bench/format/frame.js measures: the date formatting of a zoom sweep, frame by frame, with
 * each formatter. Bundled by esbuild for Node and for Chromium.
 *
 * A frame formats what the element formats per frame (issue 9): ~15 tick labels (`formatTick`
 * with the tick set), 200 entry names (`formatEntryDate`: points and periods at mixed precision,
 * some ongoing) and 15 cluster ranges (2 × `formatPartialDate` of a day, as the element does).
 * The sweep zooms from 30 years to 2 weeks around 24 February 2022 in 60 frames, so that, as in a
 * real zoom, entries stay on screen for many frames while ticks and cluster edges keep changing.
 */
import { utcTicks } from 'd3-time';
import type { Lang } from '../../src/data/types.js';
import * as shipped from '../../src/dates/format.js';
import { DATE_PATTERNS, formatUtcDay, presentLabel } from '../../src/dates/format.js';
import { parsePartialDate, type ParsedDate } from '../../src/dates/partial-date.js';
import { formatTick } from '../../src/dates/tick-format.js';
import * as intl from './intl-baseline.js';

interface Formatter {
  formatPartialDate(value: string | ParsedDate, lang: Lang): string;
  formatEntryDate(entry: { date: string; end?: string }, lang: Lang): string;
  formatTick(date: Date, lang: Lang, ticks?: Date[]): string;
}

/** date-fns with no cache: `formatUtcDay` per date, the shipped patterns (checked equal below). */
function uncachedPartial(value: string | ParsedDate, lang: Lang): string {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : value;
  return parsed ? formatUtcDay(parsed.start, DATE_PATTERNS[lang][parsed.precision], lang) : '';
}
const uncached: Formatter = {
  formatPartialDate: uncachedPartial,
  formatEntryDate(entry, lang) {
    const start = uncachedPartial(entry.date, lang);
    if (!start || entry.end === undefined) return start;
    const end = entry.end === 'ongoing' ? presentLabel[lang] : uncachedPartial(entry.end, lang);
    return end ? `${start} – ${end}` : '';
  },
  formatTick,
};

/**
 * date-fns behind a Map keyed by (date, precision, language), cleared above 2,000 labels: what
 * issue 9 asks for if uncached date-fns costs more than about 1 ms a frame. Bench only, to show
 * what a cache would save; not shipped unless the figures call for it.
 */
const cache = new Map<string, string>();
function cachedPartial(value: string | ParsedDate, lang: Lang): string {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : value;
  if (!parsed) return '';
  const key = `${lang}${parsed.precision}${+parsed.start}`;
  let label = cache.get(key);
  if (label === undefined) {
    if (cache.size >= 2000) cache.clear();
    cache.set(key, (label = uncachedPartial(parsed, lang)));
  }
  return label;
}
const cached: Formatter = {
  formatPartialDate: cachedPartial,
  formatEntryDate(entry, lang) {
    const start = cachedPartial(entry.date, lang);
    if (!start || entry.end === undefined) return start;
    const end = entry.end === 'ongoing' ? presentLabel[lang] : cachedPartial(entry.end, lang);
    return end ? `${start} – ${end}` : '';
  },
  formatTick,
};

/** The first is the reference: every variant's labels are compared with the shipped module's. */
export const variants: Record<string, Formatter> = {
  'date-fns, as shipped (src/dates/format.ts)': { ...shipped, formatTick },
  'intl (first edition, kept Intl.DateTimeFormat)': intl,
  'date-fns, uncached': uncached,
  'date-fns + (date, precision, lang) cache': cached,
};

interface Frame {
  ticks: Date[];
  entries: { date: string; end?: string }[];
  clusters: string[];
}

const DAY = 864e5;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The sweep; deterministic (a fixed LCG), 2,000 entries between 1994 and 2024. */
export function sweep(): Frame[] {
  let seed = 9;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const at = (t: number) => {
    const r = random();
    return r < 0.6 ? iso(t) : r < 0.85 ? iso(t).slice(0, 7) : iso(t).slice(0, 4);
  };
  const lo = Date.UTC(1994, 0, 1);
  const hi = Date.UTC(2024, 0, 1);
  const times = Array.from({ length: 2000 }, () => lo + Math.floor(random() * (hi - lo)))
    .map((t) => t - (t % DAY))
    .sort((a, b) => a - b);
  const all = times.map((t) => {
    const r = random();
    const entry: { date: string; end?: string; t: number } = { date: at(t), t };
    if (r < 0.05) entry.end = 'ongoing';
    else if (r < 0.3) entry.end = at(t + (1 + Math.floor(random() * 400)) * DAY + 366 * DAY);
    return entry;
  });
  const centre = Date.UTC(2022, 1, 24);
  const frames: Frame[] = [];
  for (let i = 0; i < 60; i++) {
    const half = Math.floor(15 * 365 * DAY * (7 / (15 * 365)) ** (i / 59)); // 15 years → 7 days
    const start = centre - half;
    const end = centre + half;
    const ticks = utcTicks(new Date(start), new Date(end), 12);
    // The 200 entries nearest the window's centre: those in view, then their neighbours.
    let k = all.findIndex((e) => e.t >= centre);
    k = Math.max(0, Math.min(all.length - 200, k - 100));
    const entries = all
      .slice(k, k + 200)
      .map(({ date, end }) => (end === undefined ? { date } : { date, end }));
    const clusters: string[] = [];
    for (let b = 0; b < 15; b++) {
      const from = start + ((end - start) * b) / 15;
      const to = start + ((end - start) * (b + 1)) / 15;
      clusters.push(iso(from), iso(to - 1));
    }
    frames.push({ ticks, entries, clusters });
  }
  return frames;
}

let sink = 0;
/** Formats every frame of `frames` once with `f`; returns the labels when `collect`. */
export function run(f: Formatter, frames: Frame[], lang: Lang, collect = false): string[] {
  const out: string[] = [];
  for (const { ticks, entries, clusters } of frames) {
    for (const t of ticks) {
      const s = f.formatTick(t, lang, ticks);
      sink += s.length;
      if (collect) out.push(s);
    }
    for (const e of entries) {
      const s = f.formatEntryDate(e, lang);
      sink += s.length;
      if (collect) out.push(s);
    }
    for (const c of clusters) {
      const s = f.formatPartialDate(c, lang);
      sink += s.length;
      if (collect) out.push(s);
    }
  }
  return out;
}

/** Dates formatted per frame, on average. */
export const datesPerFrame = (frames: Frame[]) =>
  frames.reduce((n, f) => n + f.ticks.length + f.entries.length + f.clusters.length, 0) / frames.length;

/**
 * Per-frame cost in ms of each variant: `rounds` interleaved rounds (the variants' order rotates
 * each round), each timing whole sweeps in both languages; the median, lowest and highest round.
 */
export function measure(rounds = 15, sweepsPerRound = 4) {
  const frames = sweep();
  const names = Object.keys(variants);
  const shipped = variants[names[0]];
  const reference = run(shipped, frames, 'nl', true).concat(run(shipped, frames, 'en', true));
  const checks: Record<string, number> = {};
  for (const name of names) {
    const labels = run(variants[name], frames, 'nl', true).concat(run(variants[name], frames, 'en', true));
    checks[name] = labels.filter((s, i) => s !== reference[i]).length; // labels unlike the shipped ones
  }
  for (let w = 0; w < 3; w++) for (const name of names) run(variants[name], frames, w % 2 ? 'en' : 'nl');
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(j + r) % names.length];
      const t0 = performance.now();
      for (let s = 0; s < sweepsPerRound; s++) run(variants[name], frames, s % 2 ? 'en' : 'nl');
      samples[name].push((performance.now() - t0) / (sweepsPerRound * frames.length));
    }
  }
  const results = names.map((name) => {
    const sorted = samples[name].sort((a, b) => a - b);
    return {
      name,
      median: sorted[sorted.length >> 1],
      min: sorted[0],
      max: sorted[sorted.length - 1],
      mismatches: checks[name],
    };
  });
  return { datesPerFrame: datesPerFrame(frames), labels: reference.length, results, sink };
}
