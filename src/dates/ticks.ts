/**
 * Axis ticks that fit the zoom level: decades → years → months → days as the window shrinks, each
 * labelled at the coarsest boundary it sits on, like d3's multi-scale time format.
 */
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import type { Lang } from '../data/types.js';
import { intlText } from './format.js';

export type TickUnit = 'year' | 'month' | 'day';

const DAY = 864e5;

/**
 * About `count` ticks between `start` and `end` at round UTC boundaries. Never finer than a day:
 * the data has no hours, and hour ticks would repeat the same day's label.
 */
export function timeTicks(start: Date, end: Date, count: number): Date[] {
  const a = +start;
  const b = +end;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [];
  const n = Number.isFinite(count) && count >= 1 ? count : 1;
  if (Math.abs(b - a) / n >= DAY) return utcTicks(start, end, n);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const days = utcDay.range(utcDay.ceil(new Date(lo)), new Date(hi + 1));
  return a <= b ? days : days.reverse();
}

/** The coarsest boundary `date` sits on: 1 January → year, the 1st → month, else day. */
export function tickUnit(date: Date): TickUnit {
  if (+utcYear.floor(date) === +date) return 'year';
  if (+utcMonth.floor(date) === +date) return 'month';
  return 'day';
}

const OPTIONS: Record<Exclude<TickUnit, 'year'>, Intl.DateTimeFormatOptions> = {
  month: { month: 'short', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

const WITH_YEAR: typeof OPTIONS = {
  month: { ...OPTIONS.month, year: 'numeric' },
  day: { ...OPTIONS.day, year: 'numeric' },
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
  return intlText(date, (needsYear ? WITH_YEAR : OPTIONS)[unit], lang).replace(/\./g, '');
}
