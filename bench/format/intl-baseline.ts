/**
 * FROZEN BASELINE for bench/format/frame.js: the first edition's kept-Intl date formatting, as it
 * was at 519fbe0 (`git show 519fbe0:src/dates/format.ts` and the tickUnit/formatTick part of
 * `git show 519fbe0:src/dates/ticks.ts`, with the two calendar helpers tickUnit needs; its OPTIONS renamed TICK_OPTIONS). Not
 * shipped and not to be updated: it is the "before" figure that the date-fns code is measured
 * against. Only the imports and the `years`/`months` helpers were adapted to live in one file.
 */
/**
 * Dates as people read them (SPEC §4), at their precision: `1994`; `oktober 2022` / `October 2022`;
 * `10 oktober 2022` / `October 10, 2022`. The browser's Intl already knows both languages (date-fns
 * `format` with locale objects would add ~2.3 KB per language to the bundle).
 *
 * The formatters are made once and kept: a frame formats some 250 dates (ticks, entry names,
 * cluster ranges), and date-fns' `intlFormat`, which this used before, builds a new
 * `Intl.DateTimeFormat` on every call: 0.05 ms each against 0.001 ms for a kept one (measured in
 * Node 20), about 12 ms of every zoom frame.
 */
import type { Lang } from '../../src/data/types.js';
import { parsePartialDate, type ParsedDate, type Precision } from '../../src/dates/partial-date.js';

/** The end of a period that was still going on when the story was told. */
export const presentLabel: Record<Lang, string> = { nl: 'heden', en: 'present' };

/** The Intl locale for each language (unknown languages read as English). */
export const intlLocale = (lang: Lang): string => (lang === 'nl' ? 'nl-NL' : 'en-US');

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<Intl.DateTimeFormatOptions, Partial<Record<Lang, Intl.DateTimeFormat>>>();

/** Intl output with every kind of space as a plain one, so that all browsers give the same string. */
export function intlText(date: Date, options: Intl.DateTimeFormatOptions, lang: Lang): string {
  // Keyed by the options object: callers pass module constants, so the map stays a few entries.
  let perLang = formatters.get(options);
  if (!perLang) formatters.set(options, (perLang = {}));
  const formatter = (perLang[lang] ??= new Intl.DateTimeFormat(intlLocale(lang), options));
  return formatter.format(date).replace(/\s+/g, ' ');
}

/** `value` at its precision in `lang`; `''` when it is not a valid date (never throws). */
export function formatPartialDate(value: string | ParsedDate, lang: Lang): string {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : value;
  if (!parsed || !(parsed.start instanceof Date) || Number.isNaN(+parsed.start)) return '';
  const options = OPTIONS[parsed.precision];
  if (!options) return '';
  return intlText(parsed.start, options, lang);
}

/**
 * An entry's date: a point's date, a period as `start – end` (en dash), an ongoing one ending in
 * `heden` / `present`. `''` when a date is invalid.
 */
export function formatEntryDate(entry: { date: string; end?: string }, lang: Lang): string {
  const start = formatPartialDate(entry?.date, lang);
  if (!start || entry.end === undefined) return start;
  const end =
    entry.end === 'ongoing' ? (presentLabel[lang] ?? presentLabel.en) : formatPartialDate(entry.end, lang);
  return end ? `${start} – ${end}` : '';
}

// ---- from 519fbe0:src/dates/ticks.ts ----

export type TickUnit = 'year' | 'month' | 'day';

const at = (t: number) => new Date(t);
const utc = (year: number, month: number, day: number) => {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day); // years below 100 stay themselves (Date.UTC would add 1900)
  return +d;
};
const months = { floor: (t: number) => utc(at(t).getUTCFullYear(), at(t).getUTCMonth(), 1) };
const years = { floor: (t: number) => utc(at(t).getUTCFullYear(), 0, 1) };

/** The coarsest boundary `date` sits on: 1 January → year, the 1st → month, else day. */
export function tickUnit(date: Date): TickUnit {
  if (years.floor(+date) === +date) return 'year';
  if (months.floor(+date) === +date) return 'month';
  return 'day';
}

const TICK_OPTIONS: Record<Exclude<TickUnit, 'year'>, Intl.DateTimeFormatOptions> = {
  month: { month: 'short', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

const WITH_YEAR: typeof TICK_OPTIONS = {
  month: { ...TICK_OPTIONS.month, year: 'numeric' },
  day: { ...TICK_OPTIONS.day, year: 'numeric' },
};

/**
 * The label of a tick: `2022`; a month `okt` / `Oct`; a day `10 okt` / `Oct 10` (UTC). Given the
 * whole tick set, the first tick also names the year when no tick in the set does (`mrt 2022`,
 * `Oct 10, 2022`), so that the reader always sees the year.
 */
export function formatTick(date: Date, lang: Lang, ticks?: Date[]): string {
  if (Number.isNaN(+date)) return '';
  const unit = tickUnit(date);
  if (unit === 'year') return String(date.getUTCFullYear());
  const needsYear = !!ticks?.length && +ticks[0] === +date && !ticks.some((t) => tickUnit(t) === 'year');
  // Abbreviations carry a dot in some Intl data (`okt.`), not in others: drop it everywhere.
  return intlText(date, (needsYear ? WITH_YEAR : TICK_OPTIONS)[unit], lang).replace(/\./g, '');
}
