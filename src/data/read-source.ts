/**
 * What a `src` response is: CSV in the TimelineJS spreadsheet layout, a TimelineJS
 * JSON file, or a dataset of ours (or an array of entries), told apart by content type and
 * content. `readSource` reads it; `checkSource` validates what it read, with the reader's issues
 * first and the validator's named in the terms of the file (`row 4`, `events[2].text.headline`).
 * The element and the convert command both use these two, so both read a file the same way.
 */
import type { HtmlToText } from './timelinejs-parts.js';
import {
  type ValidationIssue,
  type ValidationResult,
  validateConverted,
  validateDataset,
} from './validate.js';

export type Rename = (issue: ValidationIssue) => ValidationIssue;

export type ReadResult =
  | {
      /** What was read, for `checkSource`; null when nothing could be (the issues say why). */
      raw: unknown;
      /** What the reader found wrong, each with its path. */
      issues: ValidationIssue[];
      /** For a TimelineJS file: turns the validator's paths into the file's. */
      rename?: Rename;
    }
  | { error: 'json' };

/** Whether the first line names `Year` and `Headline`, as the TimelineJS template's header does. */
export function looksLikeTimelineCsv(text: string): boolean {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const names = header.split(',').map((h) =>
    h
      .replace(/^\s*"|"\s*$/g, '')
      .trim()
      .toLowerCase(),
  );
  return names.includes('year') && names.includes('headline');
}

/** Whether `json` is a TimelineJS file: an object with an `events` array. */
const isTimelineJS = (json: unknown) =>
  typeof json === 'object' && json !== null && Array.isArray((json as { events?: unknown }).events);

/** The browser's `htmlToText`, loaded with the readers that need it. */
const browserHtmlToText = async () => (await import('./html-text.js')).htmlToText;

/**
 * Reads a response's text: CSV when `contentType` is `text/csv` or the first row names `Year` and
 * `Headline`; a TimelineJS file when the JSON is an object with an `events` array; else the JSON
 * as it is. `{ error: 'json' }`: none of these. The readers (and d3-dsv, for CSV) are loaded with
 * `import()` only when a response needs them, so a page that shows our own JSON never loads them.
 * Never throws.
 */
export async function readSource(
  text: string,
  contentType: string | null,
  htmlToText?: HtmlToText,
): Promise<ReadResult> {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  try {
    if (type === 'text/csv' || looksLikeTimelineCsv(text)) {
      const [{ readCsv }, toText] = await Promise.all([
        import('./csv.js'),
        htmlToText ?? browserHtmlToText(),
      ]);
      return readCsv(text, toText);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return { error: 'json' };
    }
    if (!isTimelineJS(json)) return { raw: json, issues: [] };
    const [{ readTimelineJS }, toText] = await Promise.all([
      import('./timelinejs.js'),
      htmlToText ?? browserHtmlToText(),
    ]);
    return readTimelineJS(json, toText);
  } catch (error) {
    // A reader bug must not reach the page: say so as an issue instead.
    return { raw: null, issues: [{ path: '', message: `the file could not be read (${String(error)})` }] };
  }
}

/**
 * Validates what `readSource` read: a dataset of ours as `validateDataset` does; a converted one
 * with the reader's issues first (all within the one limit of 100) and the validator's renamed.
 */
export function checkSource(raw: unknown, issues: ValidationIssue[] = [], rename?: Rename): ValidationResult {
  if (!rename && !issues.length) return validateDataset(raw);
  return validateConverted(raw, issues, rename ?? ((issue) => issue));
}
