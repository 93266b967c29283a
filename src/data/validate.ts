/**
 * Checks a dataset from outside (a `src` response, a `dataset` or `entries` property) against SPEC §2
 * and returns a fresh, plain copy of what is valid, with a list of what is not. It never throws:
 * every property is read once, inside try/catch, so a getter or Proxy that throws, or one that
 * answers differently each time, cannot reach the element. Hand-written rather than a schema
 * library, to keep the bundle small.
 *
 * What happens to a problem:
 * - fatal (the input is not an object or an array of entries, `asOf` is not a valid date, `lanes`
 *   or `entries` is not an array): `dataset` is null, and the element keeps what it shows;
 * - a lane or entry with a bad required field (lane `id`, `label`; entry `id`, `date`, `end`, `lane`,
 *   `title`), or a duplicate id: that lane or entry is left out (the later of two duplicates);
 * - a bad optional field (`summary`, `quotes`, `source`, `dateBasis`, `dateNote`, a lane's `color`,
 *   any `url`): that field is left out, the entry kept; a bad quote is left out of `quotes`;
 * - more lanes, entries or quotes than `LIMITS` allows: the first ones are used.
 *
 * Each problem is one issue, its path as in `entries[3].title.en`. When the input is an array, it
 * is the entries, so its paths start with `entries` too.
 */
import { entrySpan, parsePartialDate } from '../dates/partial-date.js';
import { fallbackColors } from '../lane-colors.js';
import type { Localized, TimelineDataset, TimelineEntry, TimelineLane, TimelineQuote } from './types.js';

export interface ValidationIssue {
  /** Where: `'entries[3].date'`, `'lanes[0].id'`, `'asOf'`; `''` for the input as a whole. */
  path: string;
  /** What is wrong, in plain English. */
  message: string;
}

export interface ValidationResult {
  /** The valid part as fresh plain objects, or null when nothing usable is left. */
  dataset: TimelineDataset | null;
  /** At most 100, then one `… and N more issues`. */
  issues: ValidationIssue[];
}

/** Most items in a list, and most characters in a text field. */
export const LIMITS = {
  entries: 100_000,
  lanes: 50,
  id: 64,
  title: 200,
  summary: 2_000,
  quote: 1_000,
  excerpt: 2_000,
  note: 1_000,
  label: 100,
  url: 2_048,
  quotes: 20,
} as const;

const MAX_ISSUES = 100;
/** What `read` returns when reading threw. */
const FAIL = Symbol();
const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;
const LANE_ID = /^[a-z0-9][a-z0-9-_]*$/i;
const DATE = 'a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)';
const BASES = ['source', 'inferred', 'background'];
const LANE_HINT = 'lane id (letters, digits, - and _';

type Obj = Record<string, unknown>;
type Check<T> = (value: unknown, path: string) => T | undefined;

interface Context {
  issues: ValidationIssue[];
  count: number;
  /** The known lanes by id, in order; lanes are added here when `generate` is set. */
  lanes: Map<string, TimelineLane>;
  generate: boolean;
  /** Unknown while the entries of a bare array are read: their latest date becomes `asOf`. */
  asOf?: string;
  ids: Set<string>;
}

function read(obj: unknown, key: string | number): unknown {
  try {
    return (obj as Obj)[key];
  } catch {
    return FAIL;
  }
}

/** `'array'`, `'null'`, `'unreadable'` or what `typeof` says. `Array.isArray` throws on a revoked Proxy. */
function kind(value: unknown): string {
  if (value === FAIL) return 'unreadable';
  if (value === null) return 'null';
  try {
    return Array.isArray(value) ? 'array' : typeof value;
  } catch {
    return 'unreadable';
  }
}

const isObject = (value: unknown) => kind(value) === 'object';
const absent = (value: unknown) => value === undefined || value === null;
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A value as a message shows it: a string quoted (and cut short), anything else by its kind. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  const k = kind(value);
  if (k === 'undefined') return 'nothing';
  if (k === 'null') return k;
  if (k === 'unreadable') return 'a value that could not be read';
  return (/^[aeiou]/.test(k) ? 'an ' : 'a ') + k;
}

function issue(c: Context, path: string, message: string): undefined {
  if (c.count++ < MAX_ISSUES) c.issues.push({ path, message });
  return undefined;
}

function expected(c: Context, path: string, what: string, value: unknown): undefined {
  return issue(
    c,
    path,
    typeof value === 'string' ? `${show(value)} is not ${what}` : `expected ${what}, got ${show(value)}`,
  );
}

function text(
  c: Context,
  value: unknown,
  path: string,
  limit: number,
  required?: boolean,
): string | undefined {
  if (typeof value !== 'string') return expected(c, path, 'text', value);
  if (value.length > limit) {
    return issue(c, path, `the text is ${value.length} characters long, more than the limit of ${limit}`);
  }
  if (required && !value.trim()) return issue(c, path, 'must not be empty');
  return value;
}

/** A string, or `{ nl?, en? }` (other keys are ignored). */
function localized(
  c: Context,
  value: unknown,
  path: string,
  limit: number,
  required?: boolean,
): Localized | undefined {
  if (!isObject(value)) return text(c, value, path, limit, required);
  const out: { nl?: string; en?: string } = {};
  let ok = true;
  for (const lang of ['nl', 'en'] as const) {
    const v = read(value, lang);
    if (absent(v)) continue;
    const t = text(c, v, `${path}.${lang}`, limit);
    if (t === undefined) ok = false;
    else out[lang] = t;
  }
  if (!ok) return undefined;
  if (required && !out.nl?.trim() && !out.en?.trim()) return issue(c, path, 'must not be empty');
  return out;
}

const date = (c: Context, value: unknown, path: string) =>
  parsePartialDate(value) ? (value as string) : expected(c, path, DATE, value);

function id(c: Context, value: unknown, path: string, pattern: RegExp, what: string): string | undefined {
  return typeof value === 'string' && value.length <= LIMITS.id && pattern.test(value)
    ? value
    : expected(c, path, `a valid ${what}, at most ${LIMITS.id} characters)`, value);
}

function url(c: Context, value: unknown, path: string): string | undefined {
  const s = text(c, value, path, LIMITS.url);
  if (s === undefined) return;
  try {
    // No base: a relative URL throws, as it should.
    if (/^https?:$/.test(new URL(s).protocol)) return s;
  } catch {
    // Falls through to the issue.
  }
  return issue(c, path, `${show(s)} is not an absolute http: or https: URL, so it is left out`);
}

/** A snapshot of the first `limit` items of an array, each read once. */
function list(c: Context, value: unknown, path: string, name: string, limit: number): unknown[] | undefined {
  if (kind(value) !== 'array') return expected(c, path, `a list of ${name}`, value);
  const n = read(value, 'length');
  if (typeof n !== 'number' || !(n >= 0)) return expected(c, path, `a list of ${name}`, FAIL);
  if (n > limit)
    issue(c, path, `${n} ${name} is more than the limit of ${limit}; the first ${limit} are used`);
  const items: unknown[] = [];
  for (let i = 0; i < Math.min(n, limit); i++) items.push(read(value, i));
  return items;
}

/** Copies `from[key]` to `to[key]` when it is there and passes `check`. */
function optional(from: unknown, to: object, key: string, path: string, check: Check<unknown>): void {
  const value = read(from, key);
  if (absent(value)) return;
  const checked = check(value, at(path, key));
  if (checked !== undefined) (to as Obj)[key] = checked;
}

/** `{ [key], url? }`: an entry's source (`excerpt`) or the dataset's (`label`). */
function source(
  c: Context,
  value: unknown,
  path: string,
  key: string,
  check: Check<unknown>,
): object | undefined {
  if (!isObject(value)) return expected(c, path, `an object with ${key} and url`, value);
  const first = check(read(value, key), `${path}.${key}`);
  if (first === undefined) return;
  const out = { [key]: first };
  optional(value, out, 'url', path, (v, p) => url(c, v, p));
  return out;
}

function quote(c: Context, value: unknown, path: string): TimelineQuote | undefined {
  if (!isObject(value)) return expected(c, path, 'a quote (an object with text and speaker)', value);
  const out = {
    text: text(c, read(value, 'text'), `${path}.text`, LIMITS.quote, true),
    speaker: text(c, read(value, 'speaker'), `${path}.speaker`, LIMITS.label, true),
  };
  optional(value, out, 'role', path, (v, p) => localized(c, v, p, LIMITS.label));
  optional(value, out, 'translation', path, (v, p) => localized(c, v, p, LIMITS.quote));
  return out.text !== undefined && out.speaker !== undefined ? (out as TimelineQuote) : undefined;
}

function lanes(c: Context, items: unknown[]): void {
  items.forEach((value, i) => {
    const path = `lanes[${i}]`;
    if (!isObject(value)) return expected(c, path, 'a lane (an object with id and label)', value);
    let laneId = id(c, read(value, 'id'), `${path}.id`, LANE_ID, LANE_HINT);
    if (laneId !== undefined && c.lanes.has(laneId)) {
      laneId = issue(
        c,
        `${path}.id`,
        `${show(laneId)} is already the id of an earlier lane; this one is left out`,
      );
    }
    const label = localized(c, read(value, 'label'), `${path}.label`, LIMITS.label, true);
    const lane = { id: laneId, label };
    optional(value, lane, 'color', path, (v, p) => text(c, v, p, LIMITS.id));
    if (laneId !== undefined && label !== undefined) c.lanes.set(laneId, lane as TimelineLane);
  });
}

/** `'my-lane'` → `'My lane'`. */
const humanise = (laneId: string) => {
  // A lane id starts with a letter or digit, so `words` is never empty.
  const words = laneId.replace(/[-_]+/g, ' ').trim();
  return words[0].toUpperCase() + words.slice(1);
};

function entry(c: Context, value: unknown, i: number): TimelineEntry | undefined {
  const path = `entries[${i}]`;
  if (!isObject(value)) return expected(c, path, 'an entry (an object with id, date, lane and title)', value);
  const get = (key: string) => read(value, key);

  let entryId = id(c, get('id'), `${path}.id`, ENTRY_ID, 'entry id (a-z, 0-9 and -');
  if (entryId !== undefined && c.ids.has(entryId)) {
    entryId = issue(
      c,
      `${path}.id`,
      `${show(entryId)} is already the id of an earlier entry; this one is left out`,
    );
  }

  const start = date(c, get('date'), `${path}.date`);
  const end = get('end');
  let endOk = true;
  if (!absent(end)) {
    if (end !== 'ongoing' && !date(c, end, `${path}.end`)) endOk = false;
    // While a bare array's `asOf` is unknown, skip 'ongoing': it becomes their latest date.
    else if (
      start &&
      (end !== 'ongoing' || c.asOf) &&
      !entrySpan({ date: start, end: end as string }, c.asOf!)
    ) {
      endOk = false;
      issue(
        c,
        `${path}.end`,
        `ends before it starts: ${show(end)}${end === 'ongoing' ? ` (asOf ${show(c.asOf)})` : ''} is before ${show(start)}`,
      );
    }
  }

  const laneValue = get('lane');
  const lane = c.lanes.has(laneValue as string)
    ? (laneValue as string)
    : c.generate
      ? id(c, laneValue, `${path}.lane`, LANE_ID, LANE_HINT)
      : typeof laneValue === 'string'
        ? issue(c, `${path}.lane`, `${show(laneValue)} is not a lane of this dataset`)
        : expected(c, `${path}.lane`, 'a lane id', laneValue);

  const title = localized(c, get('title'), `${path}.title`, LIMITS.title, true);

  const out = { id: entryId, date: start } as TimelineEntry;
  if (!absent(end)) out.end = end as string;
  Object.assign(out, { lane, title });
  optional(value, out, 'summary', path, (v, p) => localized(c, v, p, LIMITS.summary));
  optional(value, out, 'quotes', path, (v, p) =>
    list(c, v, p, 'quotes', LIMITS.quotes)
      ?.map((q, j) => quote(c, q, `${p}[${j}]`))
      .filter((q) => q !== undefined),
  );
  optional(value, out, 'source', path, (v, p) =>
    source(c, v, p, 'excerpt', (x, px) => text(c, x, px, LIMITS.excerpt, true)),
  );
  optional(value, out, 'dateBasis', path, (v, p) =>
    BASES.includes(v as string) ? v : expected(c, p, `one of ${BASES.join(', ')}`, v),
  );
  optional(value, out, 'dateNote', path, (v, p) => localized(c, v, p, LIMITS.note));

  if (entryId === undefined || !start || !endOk || lane === undefined || title === undefined) return;
  if (!c.lanes.has(lane)) {
    if (c.lanes.size >= LIMITS.lanes) {
      return issue(
        c,
        `${path}.lane`,
        `${show(lane)} would be lane ${c.lanes.size + 1}, more than the limit of ${LIMITS.lanes}`,
      );
    }
    c.lanes.set(lane, {
      id: lane,
      label: humanise(lane),
      color: fallbackColors[c.lanes.size % fallbackColors.length],
    });
  }
  c.ids.add(entryId);
  return out;
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
      const to = +(parsePartialDate(d)?.end ?? -Infinity);
      if (to > last) [last, asOf] = [to, d];
    }
  }
  if (!asOf) {
    issue(c, '', 'there are no valid entries');
    return result(c, null);
  }
  return result(c, { title: '', asOf, lanes: [...c.lanes.values()], entries: valid });
}

/**
 * Checks a whole dataset, or an array of entries alone: those are checked against
 * `options.lanes` when given, else get a generated lane for each lane id they use, and the
 * dataset's `asOf` is their latest date and its title `''`.
 */
export function validateDataset(input: unknown, options?: { lanes?: TimelineLane[] }): ValidationResult {
  if (kind(input) === 'array') return entriesOnly(input, options?.lanes);
  const c = context();
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
  const dataset = { title: title ?? '', asOf } as TimelineDataset;
  optional(input, dataset, 'source', '', (v, p) =>
    source(c, v, p, 'label', (x, px) => localized(c, x, px, LIMITS.label, true)),
  );
  lanes(c, laneItems);
  dataset.lanes = [...c.lanes.values()];
  dataset.entries = entries(c, entryItems);
  return result(c, dataset);
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
