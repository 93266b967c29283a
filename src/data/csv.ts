/**
 * Reads CSV in the layout of the TimelineJS spreadsheet template, as a Google sheet
 * published "to the web as CSV" gives it. Columns are found by their header, in any order and any
 * case; unknown columns are ignored. Each row becomes a `Slide` for `timelinejs-map.ts`; every
 * issue names the row as the spreadsheet numbers it (the header is row 1), and a column:
 * `row 4: Year "19x4" is not a year`.
 *
 * d3-dsv is imported here only: `read-source.ts` loads this module with `import()` when a
 * response is CSV, so pages that never read a spreadsheet never load it.
 */
import { csvParseRows } from 'd3-dsv';
import type { Field, HtmlToText, Slide } from './timelinejs-parts.js';
import { type Converted, type Place, convertSlides } from './timelinejs-map.js';

/**
 * The template's columns that are read (`Time`, `End Time`, `Media Thumbnail` and `Background` are
 * not), and one the template lacks: `Unique ID`, as the JSON format's `unique_id`, so that a
 * sheet can keep its entries' ids (deep links) stable. TimelineJS ignores a column it does not know.
 */
const COLUMNS: Record<Exclude<Field, '' | 'start' | 'end'>, string> = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  endYear: 'End Year',
  endMonth: 'End Month',
  endDay: 'End Day',
  displayDate: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  credit: 'Media Credit',
  caption: 'Media Caption',
  alt: 'Alt Text',
  type: 'Type',
  group: 'Group',
  uniqueId: 'Unique ID',
};

/** The column an issue names; the validator's own fields (`start`, an id) name what they are made of. */
const column = (field: Field): string =>
  field === 'start'
    ? 'Year, Month, Day'
    : field === 'end'
      ? 'End Year, End Month, End Day'
      : field
        ? COLUMNS[field]
        : '';

/**
 * `row 4` and the column's name before the message: `Year "19x4" is not a year` where the message
 * starts with the value, `Headline: must not be empty` where it does not.
 */
export const csvPlace: Place = {
  issue: (slide, field, message) => {
    const name = column(field);
    return {
      path: slide.at,
      message: !name ? message : /^("|is )/.test(message) ? `${name} ${message}` : `${name}: ${message}`,
    };
  },
};

const normal = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/** The header's column index of each field the template has (`-1`: no such column). */
function indexes(header: string[]): Record<keyof typeof COLUMNS | 'tag', number> {
  const names = header.map(normal);
  const out = {} as Record<keyof typeof COLUMNS | 'tag', number>;
  for (const [field, name] of Object.entries(COLUMNS))
    out[field as keyof typeof COLUMNS] = names.indexOf(normal(name));
  // The first template called the group "Tag"; TimelineJS still reads it.
  out.tag = names.indexOf('tag');
  return out;
}

function rowSlide(cells: string[], at: string, col: ReturnType<typeof indexes>): Slide {
  const cell = (i: number) => (i < 0 ? undefined : cells[i]);
  return {
    at,
    type: cell(col.type),
    start: { year: cell(col.year), month: cell(col.month), day: cell(col.day) },
    end: { year: cell(col.endYear), month: cell(col.endMonth), day: cell(col.endDay) },
    headline: cell(col.headline),
    text: cell(col.text),
    media: { url: cell(col.media), caption: cell(col.caption), credit: cell(col.credit), alt: cell(col.alt) },
    group: cell(col.group) || cell(col.tag),
    displayDate: cell(col.displayDate),
    uniqueId: cell(col.uniqueId),
  };
}

/** CSV text → a raw dataset for `validateConverted`, the issues found on the way, and `rename`. */
export function readCsv(text: string, htmlToText: HtmlToText): Converted {
  const fail = (message: string, path = 'row 1'): Converted => ({
    raw: null,
    issues: [{ path, message }],
    rename: (issue) => issue,
  });
  // A BOM (Excel writes one) would otherwise be part of the first header: "\uFEFFYear".
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  if (!rows.length)
    return fail('the file is empty: expected a header row (Year, Month, Day, …, Headline, Text, …)', '');
  const col = indexes(rows[0]);
  const missing = (['year', 'headline'] as const).filter((f) => col[f] < 0).map((f) => COLUMNS[f]);
  if (missing.length) {
    const names = missing.join(' and ');
    return fail(
      `there is no ${names} column: the header row must name the columns of the TimelineJS template (Year, Month, Day, …, Headline, Text, Media, …)`,
    );
  }
  const events: Slide[] = [];
  for (let i = 1; i < rows.length; i++) {
    // A blank row is no event, as in TimelineJS.
    if (rows[i].every((c) => !c.trim())) continue;
    events.push(rowSlide(rows[i], `row ${i + 1}`, col));
  }
  if (!events.length) return fail('there are no rows below the header', '');
  return convertSlides({ events }, csvPlace, htmlToText);
}
