/**
 * Checks a dataset from outside (a `src` response, a `dataset` or `entries` property) against the
 * dataset's rules (`types.ts`) and returns a fresh, plain copy of what is valid, with a list of
 * what is not. It never throws:
 * every property is read once, inside try/catch (`validate-parts.ts`), so a getter or Proxy that throws, or one that
 * answers differently each time, cannot reach the element. Hand-written rather than a schema
 * library, to keep the bundle small.
 *
 * What happens to a problem:
 * - fatal (the input is not an object or an array of entries, `asOf` is not a valid date, `lanes`
 *   or `entries` is not an array): `dataset` is null, and the element keeps what it shows;
 * - a lane or entry with a bad required field (lane `id`, `label`; entry `id`, `date`, `end`, `lane`,
 *   `title`), or a duplicate id: that lane or entry is left out (the later of two duplicates);
 * - a bad optional field (`summary`, `quotes`, `source`, `dateBasis`, `dateNote`, `media`,
 *   `dateLabel`, a lane's `color`, any `url`; the dataset's `summary`): that field is left out, the
 *   entry kept; a bad quote is left out of `quotes`; an era with any bad field is left out of `eras`;
 * - more lanes, entries or quotes than `LIMITS` allows: the first ones are used.
 *
 * Each problem is one issue, its path as in `entries[3].title.en`. When the input is an array, it
 * is the entries, so its paths start with `entries` too.
 */
import { parsePartialDate } from '../dates/partial-date.js';
import type { TimelineDataset, TimelineEntry, TimelineEra, TimelineLane } from './types.js';
import { entry, era, lanes, source } from './validate-entry.js';
import {
  type Context,
  LIMITS,
  MAX_ISSUES,
  type ValidationIssue,
  date,
  expected,
  isObject,
  issue,
  kind,
  list,
  localized,
  optional,
  read,
} from './validate-parts.js';

export { LIMITS };
export type { ValidationIssue };

export interface ValidationResult {
  /** The valid part as fresh plain objects, or null when nothing usable is left. */
  dataset: TimelineDataset | null;
  /** At most 100, then one `… and N more issues`. */
  issues: ValidationIssue[];
}

function entries(c: Context, items: unknown[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  items.forEach((item, i) => {
    const e = entry(c, item, i);
    if (e) out.push(e);
  });
  return out;
}

function context(lanes: readonly TimelineLane[] = [], generate = false, asOf?: string): Context {
  return {
    issues: [],
    count: 0,
    lanes: new Map(lanes.map((l) => [l.id, l])),
    generate,
    asOf,
    ids: new Set(),
  };
}

function result(c: Context, dataset: TimelineDataset | null): ValidationResult {
  if (c.count > MAX_ISSUES) c.issues.push({ path: '', message: `… and ${c.count - MAX_ISSUES} more issues` });
  return { dataset, issues: c.issues };
}

/** Entries alone: lanes from `lanes`, else one per lane id used; `asOf` their latest date. */
function entriesOnly(input: unknown, lanes?: readonly TimelineLane[]): ValidationResult {
  const c = context(lanes, !lanes);
  const items = list(c, input, 'entries', 'entries', LIMITS.entries)!;
  const valid = entries(c, items);
  let asOf: string | undefined;
  let last = -Infinity;
  for (const e of valid) {
    for (const d of [e.date, e.end]) {
      const to = parsePartialDate(d)?.to ?? -Infinity;
      if (to > last) [last, asOf] = [to, d];
    }
  }
  if (!asOf) {
    issue(c, '', 'there are no valid entries');
    return result(c, null);
  }
  return result(c, { title: '', asOf, lanes: [...c.lanes.values()], entries: valid });
}

function eras(c: Context, value: unknown): TimelineEra[] | undefined {
  const items = list(c, value, 'eras', 'eras', LIMITS.eras);
  if (!items) return;
  const ids = new Set<string>();
  return items.map((item, i) => era(c, item, `eras[${i}]`, ids)).filter((e) => e !== undefined);
}

function dataset(c: Context, input: unknown): ValidationResult {
  if (!isObject(input)) {
    expected(c, '', 'a dataset (an object with title, asOf, lanes and entries) or a list of entries', input);
    return result(c, null);
  }
  const get = (key: string) => read(input, key);
  const title = localized(c, get('title'), 'title', LIMITS.title);
  const asOf = date(c, get('asOf'), 'asOf');
  const laneItems = list(c, get('lanes'), 'lanes', 'lanes', LIMITS.lanes);
  const entryItems = list(c, get('entries'), 'entries', 'entries', LIMITS.entries);
  if (!asOf || !laneItems || !entryItems) return result(c, null);

  c.asOf = asOf;
  const out = { title: title ?? '' } as TimelineDataset;
  optional(input, out, 'summary', '', (v, p) => localized(c, v, p, LIMITS.summary));
  out.asOf = asOf;
  optional(input, out, 'source', '', (v, p) =>
    source(c, v, p, 'label', (x, px) => localized(c, x, px, LIMITS.label, true)),
  );
  lanes(c, laneItems);
  out.lanes = [...c.lanes.values()];
  out.entries = entries(c, entryItems);
  optional(input, out, 'eras', '', (v) => eras(c, v));
  return result(c, out);
}

/**
 * Checks a whole dataset, or an array of entries alone: those are checked against
 * `options.lanes` when given, else get a generated lane for each lane id they use, and the
 * dataset's `asOf` is their latest date and its title `''`.
 */
export function validateDataset(input: unknown, options?: { lanes?: TimelineLane[] }): ValidationResult {
  if (kind(input) === 'array') return entriesOnly(input, options?.lanes);
  return dataset(context(), input);
}

/**
 * For readers of other formats (`read-source.ts`): checks the dataset a reader made, with the
 * reader's own issues first (counted in the one limit of 100) and each of the validator's issues
 * passed through `rename`, so that it names the place in the file people wrote (`row 7`), not
 * the dataset they never saw (`entries[5].title`). `input` null: only the reader's issues. Not
 * part of the public API.
 */
export function validateConverted(
  input: unknown,
  prior: readonly ValidationIssue[],
  rename: (issue: ValidationIssue) => ValidationIssue,
): ValidationResult {
  const c = context();
  for (const { path, message } of prior) issue(c, path, message);
  // A reader that could make nothing of its file has said why: there is no dataset to check.
  if (input === null) return result(c, null);
  c.rename = rename;
  return dataset(c, input);
}

/**
 * The `entries` shorthand: checks `input` as entries that replace `base.entries`. A lane id that
 * `base` does not know gets a generated lane (label from the id, colour from the palette), so it
 * is not an issue.
 */
export function validateEntries(input: unknown, base: TimelineDataset): ValidationResult {
  const c = context(base.lanes, true, base.asOf);
  const items = list(c, input, 'entries', 'entries', LIMITS.entries);
  if (!items) return result(c, null);
  const valid = entries(c, items);
  return result(c, { ...base, lanes: [...c.lanes.values()], entries: valid });
}
