/**
 * Axis tick labels for the zoom level (decades → years → months → days), each tick
 * labelled at the coarsest UTC boundary it sits on, as d3-scale's multi-scale time format does,
 * with date-fns and the language's locale.
 */
import { utcMonth, utcYear } from 'd3-time';
import type { Lang } from '../data/types.js';
import { formatUtcDay, patternsFor } from './format.js';

export type TickUnit = 'year' | 'month' | 'day';

/** The coarsest boundary `date` sits on: 1 January → year, the 1st → month, else day. */
export function tickUnit(date: Date): TickUnit {
  if (+utcYear.floor(date) === +date) return 'year';
  if (+utcMonth.floor(date) === +date) return 'month';
  return 'day';
}

type Patterns = Record<Exclude<TickUnit, 'year'>, string>;

/** Short month names; `WITH_YEAR` for the first tick of a set that names no year. */
const PATTERNS: Record<Lang, Patterns> = {
  nl: { month: 'MMM', day: 'd MMM' },
  en: { month: 'MMM', day: 'MMM d' },
};
const WITH_YEAR: Record<Lang, Patterns> = {
  nl: { month: 'MMM y', day: 'd MMM y' },
  en: { month: 'MMM y', day: 'MMM d, y' },
};

/**
 * The label of a tick: `2022`; a month `okt` / `Oct`; a day `10 okt` / `Oct 10` (UTC, whatever the
 * machine's time zone). Given the whole tick set, the first tick also names the year when no tick
 * in the set does (`mrt 2022`, `Oct 10, 2022`), so that the reader always sees the year. `''` for
 * an invalid date.
 */
export function formatTick(date: Date, lang: Lang, ticks?: readonly Date[]): string {
  if (!(date instanceof Date) || Number.isNaN(+date)) return '';
  const unit = tickUnit(date);
  // `y`, not `yyyy`: year 1 is `1`.
  if (unit === 'year') return formatUtcDay(date, 'y', lang);
  const needsYear = !!ticks?.length && +ticks[0] === +date && !ticks.some((t) => tickUnit(t) === 'year');
  const pattern = patternsFor(needsYear ? WITH_YEAR : PATTERNS, lang)[unit];
  // date-fns' Dutch abbreviations end in a dot (`okt.`, but `mei`); an axis reads better without.
  return formatUtcDay(date, pattern, lang).replace(/\./g, '');
}
