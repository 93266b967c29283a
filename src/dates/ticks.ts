/**
 * Axis ticks that fit the zoom level: decades → years → months → days as the window shrinks, each
 * labelled at the coarsest boundary it sits on, like d3's multi-scale time format.
 */
import type { Lang } from '../data/types.js';
import { intlText } from './format.js';

export type TickUnit = 'year' | 'month' | 'day';

const DAY = 864e5;
const YEAR = 365 * DAY; // d3-time's durationYear: what its tick choice is tuned to

/**
 * UTC days, months and years: all the calendar the axis needs (the data has no hours). Written
 * here instead of taken from d3-time, whose single module brings every local and UTC interval from
 * milliseconds to weeks and d3-array with it: about 2 KB gzipped of a 40 KB budget.
 */
interface Unit {
  floor(t: number): number;
  offset(t: number, k: number): number;
  /** The number that `every(k)` must divide: days since 1970, month, year (as in d3-time). */
  field(t: number): number;
}

const at = (t: number) => new Date(t);
const utc = (year: number, month: number, day: number) => {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day); // years below 100 stay themselves (Date.UTC would add 1900)
  return +d;
};
const days: Unit = {
  floor: (t) => t - (((t % DAY) + DAY) % DAY),
  offset: (t, k) => t + k * DAY,
  field: (t) => Math.floor(t / DAY),
};
/** Weeks from Sunday, as d3's time scale ticks them. */
const weeks: Unit = {
  floor: (t) => days.floor(t) - at(t).getUTCDay() * DAY,
  offset: (t, k) => t + k * 7 * DAY,
  field: () => 0,
};
const months: Unit = {
  floor: (t) => utc(at(t).getUTCFullYear(), at(t).getUTCMonth(), 1),
  offset: (t, k) => utc(at(t).getUTCFullYear(), at(t).getUTCMonth() + k, 1),
  field: (t) => at(t).getUTCMonth(),
};
const years: Unit = {
  floor: (t) => utc(at(t).getUTCFullYear(), 0, 1),
  offset: (t, k) => utc(at(t).getUTCFullYear() + k, 0, 1),
  field: (t) => at(t).getUTCFullYear(),
};

/** Every `step`-th boundary of `unit` in [lo, hi], as d3-time's `interval.every(step).range` gives them. */
function range(unit: Unit, step: number, lo: number, hi: number): Date[] {
  const out: Date[] = [];
  let t = unit.floor(lo);
  if (t < lo) t = unit.offset(t, 1);
  for (; t <= hi; t = unit.offset(t, 1)) if (unit.field(t) % step === 0) out.push(at(t));
  return out;
}

/** The steps from a day to a year, with d3-time's nominal durations (a month is 30 days). */
const STEPS: [Unit, number, number][] = [
  [days, 1, DAY],
  [days, 2, 2 * DAY],
  [weeks, 1, 7 * DAY],
  [months, 1, 30 * DAY],
  [months, 3, 90 * DAY],
  [years, 1, YEAR],
];

/** d3-array's tickStep for steps of at least 1: 1, 2, 5 or 10 times a power of ten. */
function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, x)));
  const error = Math.max(1, x) / power;
  return (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1) * power;
}

/**
 * About `count` ticks between `start` and `end` at round UTC boundaries. Never finer than a day:
 * the data has no hours, and hour ticks would repeat the same day's label.
 */
export function timeTicks(start: Date, end: Date, count: number): Date[] {
  const a = +start;
  const b = +end;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [];
  const n = Number.isFinite(count) && count >= 1 ? count : 1;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const target = (hi - lo) / n;
  // The first step longer than the target, or the nearer of the two around it on a ratio scale
  // (as d3 chooses); past a quarter, whole years by 1, 2 or 5 times a power of ten.
  // As d3's time scale chooses: the first step longer than the target, or the one before it when
  // that is nearer on a ratio scale; past a year, years by 1, 2, 5 or 10 times a power of ten.
  let i = STEPS.findIndex(([, , duration]) => duration > target);
  if (i > 0 && target / STEPS[i - 1][2] < STEPS[i][2] / target) i--;
  const ticks =
    i === 0 || target < DAY
      ? range(days, 1, lo, hi)
      : i === -1
        ? range(years, niceStep((hi - lo) / YEAR / n), lo, hi)
        : range(STEPS[i][0], STEPS[i][1], lo, hi);
  return a <= b ? ticks : ticks.reverse();
}

/** The coarsest boundary `date` sits on: 1 January → year, the 1st → month, else day. */
export function tickUnit(date: Date): TickUnit {
  if (years.floor(+date) === +date) return 'year';
  if (months.floor(+date) === +date) return 'month';
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
