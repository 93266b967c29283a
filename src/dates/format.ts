/**
 * Dates as people read them, at their precision: `1994`; `oktober 2022` / `October 2022`;
 * `10 oktober 2022` / `October 10, 2022`. date-fns `format` with its `nl` and `enUS` locales knows
 * both languages; deep imports keep the rest of date-fns out of the bundle.
 *
 * Our dates are UTC midnights (`partial-date.ts`), and date-fns formats in the machine's time zone:
 * formatting the instant itself would show 9 October in New York for `2022-10-10`. So every date is
 * formatted as the local date with the same calendar year, month and day (`localDay`).
 *
 * A zoom frame formats about 243 dates, which cost 0.64 ms a frame with date-fns against 0.60 ms
 * with the first edition's kept Intl formatters (Chromium, `node bench/format/frame.js`): not worth
 * a cache for the time. It is for the garbage: date-fns makes about 1 KB of it per date, and at
 * 100,000 entries a frame formats about 170 clusters' dates, a quarter of what a pan frame allocated.
 * So `formatPartialDate` keeps each parsed date's text, per language, for as long as
 * `parsePartialDate` keeps that parsed date (it shares one per date): with `visibleItems` counting
 * in place, the bench's zoom at 100,000 needs one young-generation collection (23–35 ms) instead
 * of two or three (bench/README.md, "Where the time goes").
 */
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { nl } from 'date-fns/locale/nl';
import { localize } from '../data/localize.js';
import type { Lang, Localized } from '../data/types.js';
import { parsePartialDate, type ParsedDate, type Precision } from './partial-date.js';

/** The end of a period that was still going on when the story was told. */
export const presentLabel: Record<Lang, string> = { nl: 'heden', en: 'present' };

/**
 * date-fns patterns per language and precision. `y`, not `yyyy`: year 1 reads `1`, not `0001`.
 * `MMMM d, y` rather than `PPP`, whose English says `October 10th, 2022`.
 */
export const DATE_PATTERNS: Record<Lang, Record<Precision, string>> = {
  nl: { year: 'y', month: 'MMMM y', day: 'd MMMM y' },
  en: { year: 'y', month: 'MMMM y', day: 'MMMM d, y' },
};

/** The date-fns locale for `lang` (unknown languages read as English). */
const dateLocale = (lang: Lang) => (lang === 'nl' ? nl : enUS);

/** Pattern lookups for unknown languages fall back to English, as `dateLocale` does. */
export const patternsFor = <T>(table: Record<Lang, T>, lang: Lang): T => table[lang] ?? table.en;

/**
 * Noon on the local calendar day whose year, month and day are `date`'s UTC ones. `setFullYear`,
 * because the Date constructor reads years 0–99 as 1900–1999; noon, because in a few zones and years
 * local midnight did not exist (a DST change at 00:00) and would roll over to another hour or day.
 */
function localDay(date: Date): Date {
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return local;
}

/**
 * date-fns `format` of `date`'s UTC calendar day with `pattern` in `lang`, whatever the machine's
 * time zone; `''` for an invalid date (date-fns would throw a RangeError).
 */
export function formatUtcDay(date: Date, pattern: string, lang: Lang): string {
  if (!(date instanceof Date) || Number.isNaN(+date)) return '';
  return format(localDay(date), pattern, { locale: dateLocale(lang) });
}

/** `date` (a UTC midnight) at `precision` in `lang`; `''` when it is not a valid date. */
export function formatDate(date: Date, precision: Precision, lang: Lang): string {
  const pattern = patternsFor(DATE_PATTERNS, lang)[precision];
  return pattern ? formatUtcDay(date, pattern, lang) : '';
}

/** Each parsed date's text, per language; a date's text goes when its parsed date does. */
const texts: Partial<Record<Lang, WeakMap<ParsedDate, string>>> = {};

/** `value` at its precision in `lang`; `''` when it is not a valid date (never throws). */
export function formatPartialDate(value: string | ParsedDate, lang: Lang): string {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : value;
  if (!parsed || typeof parsed !== 'object') return '';
  const kept = (texts[lang] ??= new WeakMap());
  let text = kept.get(parsed);
  if (text === undefined) {
    text = formatDate(parsed.start, parsed.precision, lang);
    kept.set(parsed, text);
  }
  return text;
}

/**
 * An entry's date: a point's date, a period as `start – end` (en dash), an ongoing one ending in
 * `heden` / `present`. `''` when a date is invalid.
 */
export function formatEntryDate(entry: { date: string; end?: string }, lang: Lang): string {
  const start = formatPartialDate(entry?.date, lang);
  if (!start || entry.end === undefined) return start;
  const end = entry.end === 'ongoing' ? patternsFor(presentLabel, lang) : formatPartialDate(entry.end, lang);
  return end ? `${start} – ${end}` : '';
}

/**
 * The date an entry shows wherever its date is read (mark, meta line, detail, list, announcement):
 * its own `dateLabel` when it has one ("Spring 2022", TimelineJS's display date), else
 * `formatEntryDate`. The date itself still places the entry.
 */
export function entryDateText(
  entry: { date: string; end?: string; dateLabel?: Localized },
  lang: Lang,
): string {
  return localize(entry?.dateLabel, lang) || formatEntryDate(entry, lang);
}
