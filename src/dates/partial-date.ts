/**
 * Partial ISO dates: `'1994'`, `'2022-10'`, `'2022-10-10'`. The precision is part of the
 * data, so a parsed date keeps it and covers the whole year, month or day it names: `start` is its
 * first instant and `end` the first instant after it, both UTC midnights.
 */

export type Precision = 'year' | 'month' | 'day';

export interface ParsedDate {
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
  readonly precision: Precision;
  /** The first instant the date covers (UTC midnight): a new Date on each read. */
  readonly start: Date;
  /** Exclusive: the start of the next year, month or day (UTC midnight), a new Date on each read. */
  readonly end: Date;
  /** `start` and `end` in epoch ms: what the scale, the indexes and the layout read. */
  readonly from: number;
  readonly to: number;
}

/**
 * Parsed dates, one class per precision (a year has no `month`, a month no `day`). Their Dates are
 * made when read (formatting reads them, a few per frame), not kept: a dataset of 10,000 one-day
 * entries names nearly 10,000 different days, and two Dates each were an eighth of its heap.
 */
class YearDate implements ParsedDate {
  constructor(
    readonly year: number,
    readonly precision: Precision,
    readonly from: number,
    readonly to: number,
  ) {}
  get start(): Date {
    return new Date(this.from);
  }
  get end(): Date {
    return new Date(this.to);
  }
}

class MonthDate extends YearDate {
  constructor(
    year: number,
    readonly month: number,
    precision: Precision,
    from: number,
    to: number,
  ) {
    super(year, precision, from, to);
  }
}

class DayDate extends MonthDate {
  constructor(
    year: number,
    month: number,
    readonly day: number,
    from: number,
    to: number,
  ) {
    super(year, month, 'day', from, to);
  }
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * UTC midnight of that day in epoch ms; month and day may overflow. Date.UTC maps years 0–99 to
 * 1900+, so those set the year apart (the slower way: a tenth of a 10,000-entry load went to it).
 */
function utc(year: number, monthIndex: number, day: number): number {
  return year >= 100 ? Date.UTC(year, monthIndex, day) : new Date(0).setUTCFullYear(year, monthIndex, day);
}

/**
 * Parsed dates by their digits. A dataset names the same days again and again, and the validator,
 * the story index and every frame's labels read them: at 100,000 entries parsing was a seventh of
 * the load's JavaScript (bench/profile.js). Keyed by a number, not the text: each string from
 * `JSON.parse` is a new one, and hashing it for a Map cost more than reading its ten characters;
 * the number holds the digits, so a date not yet kept is made from it, without a regular expression.
 * Bounded; its values are shared, so they are frozen (their Dates are new on each read).
 */
const parsed = new Map<number, ParsedDate | null>();
const PARSED_MAX = 1 << 16;

const DASH = 45;
const ZERO = 48;

/**
 * `'1994'` → 1994·4, `'2022-10'` → 202210·4 + 1, `'2022-10-10'` → 20221010·4 + 2: one small
 * integer per text of that form (digits and dashes where they go), -1 for any other text.
 */
function keyOf(value: string): number {
  const n = value.length;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  let key = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 || i === 7) {
      if (c !== DASH) return -1;
    } else if (c >= ZERO && c <= ZERO + 9) key = key * 10 + c - ZERO;
    else return -1;
  }
  return key * 4 + (n - 4) / 3;
}

/** The date `value` names, or null unless it is exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and exists. */
export function parsePartialDate(value: unknown): ParsedDate | null {
  const key = typeof value === 'string' ? keyOf(value) : -1;
  if (key < 0) return null;
  let date = parsed.get(key);
  if (date === undefined) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    date = parse(key);
    parsed.set(key, date && Object.freeze(date));
  }
  return date;
}

/** The date a key of `keyOf` names, when it exists. */
function parse(key: number): ParsedDate | null {
  const precision = key % 4;
  const digits = (key - precision) / 4;
  // `YYYY`, `YYYYMM` or `YYYYMMDD`: the year is the digits before the last 0, 2 or 4.
  const year = Math.floor(digits / 100 ** precision);
  if (year < 1) return null;
  // Classes, not a spread of a common part: in Node 20's V8, objects made by spreading read their
  // `from` and `to` ten times as slowly (Chromium 156 did not show it), and the index and every
  // frame read them for each entry.
  if (precision === 0) {
    const from = utc(year, 0, 1);
    const to = utc(year + 1, 0, 1);
    return new YearDate(year, 'year', from, to);
  }
  const month = Math.floor(digits / 100 ** (precision - 1)) % 100;
  if (month < 1 || month > 12) return null;
  if (precision === 1) {
    const from = utc(year, month - 1, 1);
    const to = utc(year, month, 1);
    return new MonthDate(year, month, 'month', from, to);
  }
  const day = digits % 100;
  const days = month === 2 && isLeap(year) ? 29 : DAYS[month - 1];
  if (day < 1 || day > days) return null;
  const from = utc(year, month - 1, day);
  const to = utc(year, month - 1, day + 1);
  return new DayDate(year, month, day, from, to);
}

/** Whether `value` is a valid partial date. */
export function isPartialDate(value: unknown): boolean {
  return parsePartialDate(value) !== null;
}

/** The stretch of time an entry covers, in epoch ms (numbers: 100,000 entries are read often). */
export interface EntrySpan {
  start: ParsedDate;
  /** The end date of a period; null for a point and for an ongoing period. */
  end: ParsedDate | null;
  ongoing: boolean;
  /** `start.from`. */
  from: number;
  /** Exclusive. A point: `start.to`; a period: `end.to`; ongoing: the end of `asOf`. */
  to: number;
}

/**
 * The span of `entry` (`end` may be `'ongoing'`, which runs to the end of `asOf`). Null when a date
 * it needs is invalid, or when the end lies wholly before the start (`'2020'`–`'2020'` is fine,
 * `'2021'`–`'2020'` is not). `asOf` is only read for ongoing entries.
 */
export function entrySpan(entry: { date: string; end?: string }, asOf: string): EntrySpan | null {
  if (!entry || typeof entry !== 'object') return null;
  const start = parsePartialDate(entry.date);
  if (!start) return null;
  if (entry.end === undefined) {
    return { start, end: null, ongoing: false, from: start.from, to: start.to };
  }
  const ongoing = entry.end === 'ongoing';
  const end = parsePartialDate(ongoing ? asOf : entry.end);
  if (!end || end.to <= start.from) return null;
  return { start, end: ongoing ? null : end, ongoing, from: start.from, to: end.to };
}
