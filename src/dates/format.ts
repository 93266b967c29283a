/**
 * Dates as people read them (SPEC §4), at their precision: `1994`; `oktober 2022` / `October 2022`;
 * `10 oktober 2022` / `October 10, 2022`. date-fns' `intlFormat` hands the work to the browser's
 * Intl, which already knows both languages: `format` with date-fns locale objects would add ~2.3 KB
 * per language to the bundle.
 */
import { intlFormat } from 'date-fns/intlFormat';
import type { Lang } from '../data/types.js';
import { parsePartialDate, type ParsedDate, type Precision } from './partial-date.js';

/** The end of a period that was still going on when the story was told. */
export const presentLabel: Record<Lang, string> = { nl: 'heden', en: 'present' };

/** The Intl locale for each language (unknown languages read as English). */
export const intlLocale = (lang: Lang): string => (lang === 'nl' ? 'nl-NL' : 'en-US');

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** Intl output with every kind of space as a plain one, so that all browsers give the same string. */
export function intlText(date: Date, options: Intl.DateTimeFormatOptions, lang: Lang): string {
  return intlFormat(date, options, { locale: intlLocale(lang) }).replace(/\s+/g, ' ');
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
