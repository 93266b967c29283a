/**
 * The small pieces of reading a TimelineJS timeline (`timelinejs-map.ts` puts them together):
 * what a slide is once read from JSON or from a spreadsheet row, its dates, its media and ids.
 */
import { parsePartialDate } from '../dates/partial-date.js';

export { slugify, unique } from './ids.js';

/** HTML in, text out (`html-text.ts` in the browser, htmlparser2 in the convert command). */
export type HtmlToText = (html: string) => string;

/** A TimelineJS date: `{ year, month, day, display_date }` (hours and minutes are not read). */
export interface SlideDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  display?: unknown;
}

/**
 * One TimelineJS slide, whether from an `events` item of a JSON file or a row of a spreadsheet:
 * the intermediate form that both readers make, so that the mapping is written once.
 */
export interface Slide {
  /** Where it is, as issues name it: `'events[3]'`, `'title'`, `'eras[0]'`, `'row 4'`. */
  at: string;
  type?: unknown;
  start?: SlideDate;
  end?: SlideDate;
  headline?: unknown;
  text?: unknown;
  media?: { url?: unknown; caption?: unknown; credit?: unknown; alt?: unknown };
  group?: unknown;
  displayDate?: unknown;
  uniqueId?: unknown;
}

/** The parts of a slide that an issue can point at. */
export type Field =
  | ''
  | 'type'
  | 'start'
  | 'year'
  | 'month'
  | 'day'
  | 'end'
  | 'endYear'
  | 'endMonth'
  | 'endDay'
  | 'headline'
  | 'text'
  | 'media'
  | 'caption'
  | 'credit'
  | 'alt'
  | 'group'
  | 'displayDate'
  | 'uniqueId';

/** Empty cells, `''` and `null` are all "not given", as TimelineJS reads them. */
export const given = (value: unknown): boolean =>
  value !== undefined && value !== null && !(typeof value === 'string' && !value.trim());

/** A text field's value: strings as they are, numbers written out (a headline of `1994`). */
export const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** A value as an issue quotes it: `"19x4"`, `an object`. */
export function quoted(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') {
    const s = String(value);
    return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
  }
  if (value === null) return 'null';
  const k = Array.isArray(value) ? 'array' : typeof value;
  return (/^[aeiou]/.test(k) ? 'an ' : 'a ') + k;
}

/** A whole number from a cell or a JSON value: `'1,994'` and `' 10 '` too, as TimelineJS reads them. */
function whole(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.replace(/[\s,]+/g, '');
  return /^[-+]?\d+$/.test(s) ? Number(s) : undefined;
}

export type DateIssue = { field: 'year' | 'month' | 'day' | ''; message: string };

/**
 * A date at the precision given (`'1994'`, `'1994-07'`, `'1994-07-10'`), or what is wrong with
 * it. Years outside 1–9999 do not fit a partial ISO date: they are issues, not BCE dates.
 */
export function partialDate(d: SlideDate): string | DateIssue {
  const year = whole(d.year);
  if (!given(d.year)) return { field: 'year', message: 'is empty: a date needs at least a year' };
  if (year === undefined) return { field: 'year', message: `${quoted(d.year)} is not a year` };
  if (year < 1)
    return { field: 'year', message: `${quoted(d.year)} is before the year 1, which is not supported` };
  if (year > 9999)
    return { field: 'year', message: `${quoted(d.year)} is after the year 9999, which is not supported` };
  let out = String(year).padStart(4, '0');
  if (!given(d.month)) {
    return given(d.day) ? { field: 'day', message: `${quoted(d.day)} is given without a month` } : out;
  }
  const month = whole(d.month);
  if (month === undefined || month < 1 || month > 12) {
    return { field: 'month', message: `${quoted(d.month)} is not a month (1 to 12)` };
  }
  out += '-' + String(month).padStart(2, '0');
  if (!given(d.day)) return out;
  const day = whole(d.day);
  const full = day === undefined ? null : parsePartialDate(`${out}-${String(day).padStart(2, '0')}`);
  if (!full) return { field: 'day', message: `${quoted(d.day)} is not a day of ${out}` };
  return `${out}-${String(day).padStart(2, '0')}`;
}

/**
 * Media that TimelineJS embeds from a page rather than shows as an image: video, audio, posts,
 * maps, documents. The hosts are those of TimelineJS's own `MediaType.js`.
 */
const EMBEDS =
  /^(https?:)?\/\/([a-z0-9-]+\.)*(youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|vine\.co|soundcloud\.com|twitter\.com|x\.com|flickr\.com|flic\.kr|instagram\.com|instagr\.am|documentcloud\.org|wikipedia\.org|spotify\.com|google\.com|tiktok\.com|facebook\.com|threads\.net)(\/|$)/i;
const IMAGE = /\.(jpe?g|png|gif|svg|webp|avif)$/i;

/** `'image'`, `'link'`, `'markup'` (an embed code such as a `<blockquote>`) or `'bad'` (a scheme that never loads). */
export function mediaKind(url: string): 'image' | 'link' | 'markup' | 'bad' {
  if (url.startsWith('<')) return 'markup';
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://base.invalid/');
  } catch {
    return 'bad';
  }
  if (!/^https?:$/.test(parsed.protocol)) return 'bad';
  if (EMBEDS.test(url)) return 'link';
  return IMAGE.test(parsed.pathname) ? 'image' : 'link';
}
