/**
 * The validator's checks of one lane, entry or era (see `validate.ts` for what happens to a problem).
 */
import { entrySpan, parsePartialDate } from '../dates/partial-date.js';
import { fallbackColors } from '../lane-colors.js';
import type { TimelineEntry, TimelineEra, TimelineLane, TimelineMedia, TimelineQuote } from './types.js';
import {
  type Check,
  type Context,
  ENTRY_HINT,
  ENTRY_ID,
  LANE_HINT,
  LANE_ID,
  LIMITS,
  type Obj,
  absent,
  date,
  expected,
  id,
  imageUrl,
  isObject,
  issue,
  list,
  localized,
  optional,
  read,
  show,
  text,
  url,
} from './validate-parts.js';

const BASES = ['source', 'inferred', 'background'];

/** `{ [key], url? }`: an entry's source (`excerpt`) or the dataset's (`label`). */
export function source(
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

/** An image: a bad `src` or `alt` leaves the whole media out (an image without either is no use). */
function media(c: Context, value: unknown, path: string): TimelineMedia | undefined {
  if (!isObject(value)) return expected(c, path, 'an image (an object with src and alt)', value);
  const out = {
    src: imageUrl(c, read(value, 'src'), `${path}.src`),
    alt: localized(c, read(value, 'alt'), `${path}.alt`, LIMITS.note, true),
  };
  optional(value, out, 'caption', path, (v, p) => localized(c, v, p, LIMITS.note));
  optional(value, out, 'credit', path, (v, p) => text(c, v, p, LIMITS.label));
  return out.src !== undefined && out.alt !== undefined ? (out as TimelineMedia) : undefined;
}

export function lanes(c: Context, items: unknown[]): void {
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

/** A period's end: a date or `'ongoing'`, not before `start`. False when it is bad. */
function end(c: Context, value: unknown, start: string | undefined, path: string): boolean {
  if (absent(value)) return true;
  if (value !== 'ongoing' && !date(c, value, path)) return false;
  // While a bare array's `asOf` is unknown, skip 'ongoing': it becomes their latest date.
  if (!start || (value === 'ongoing' && !c.asOf)) return true;
  if (entrySpan({ date: start, end: value as string }, c.asOf!)) return true;
  const asOf = value === 'ongoing' ? ` (asOf ${show(c.asOf)})` : '';
  return !!issue(c, path, `ends before it starts: ${show(value)}${asOf} is before ${show(start)}`);
}

function lane(c: Context, value: unknown, path: string): string | undefined {
  if (c.lanes.has(value as string)) return value as string;
  if (c.generate) return id(c, value, path, LANE_ID, LANE_HINT);
  return typeof value === 'string'
    ? issue(c, path, `${show(value)} is not a lane of this dataset`)
    : expected(c, path, 'a lane id', value);
}

type EntryCheck = (c: Context, value: unknown, path: string) => unknown;

/** The optional fields of an entry and their checks: each field is left out alone when it is bad. */
const EXTRAS: [keyof TimelineEntry, EntryCheck][] = [
  ['summary', (c, v, p) => localized(c, v, p, LIMITS.summary)],
  [
    'quotes',
    (c, v, p) =>
      list(c, v, p, 'quotes', LIMITS.quotes)
        ?.map((q, j) => quote(c, q, `${p}[${j}]`))
        .filter((q) => q !== undefined),
  ],
  ['source', (c, v, p) => source(c, v, p, 'excerpt', (x, px) => text(c, x, px, LIMITS.excerpt, true))],
  [
    'dateBasis',
    (c, v, p) => (BASES.includes(v as string) ? v : expected(c, p, `one of ${BASES.join(', ')}`, v)),
  ],
  ['dateNote', (c, v, p) => localized(c, v, p, LIMITS.note)],
  ['media', (c, v, p) => media(c, v, p)],
  ['dateLabel', (c, v, p) => localized(c, v, p, LIMITS.label)],
];

/** Copies the optional fields of entry `i` that pass; a path is made only for a field that is there. */
function extras(c: Context, value: unknown, out: object, i: number): void {
  for (const [key, check] of EXTRAS) {
    const v = read(value, key);
    if (absent(v)) continue;
    const checked = check(c, v, `entries[${i}].${key}`);
    if (checked !== undefined) (out as Obj)[key] = checked;
  }
}

/** Adds a generated lane for `laneId` when it is new; false when that would pass the limit. */
function ensureLane(c: Context, laneId: string, i: number): boolean {
  if (c.lanes.has(laneId)) return true;
  if (c.lanes.size >= LIMITS.lanes) {
    return !!issue(
      c,
      `entries[${i}].lane`,
      `${show(laneId)} would be lane ${c.lanes.size + 1}, more than the limit of ${LIMITS.lanes}`,
    );
  }
  c.lanes.set(laneId, {
    id: laneId,
    label: humanise(laneId),
    color: fallbackColors[c.lanes.size % fallbackColors.length],
  });
  return true;
}

/** An entry's required fields (and `end`), each read once. */
type Required = [id: unknown, date: unknown, end: unknown, lane: unknown, title: unknown];

/**
 * Whether the fields pass as they are, in the shape most entries have (a new id, known lane, plain
 * title, a date and an end that is absent or a later date): what the checks below would pass
 * without an issue, decided without making a path for each field (at 100,000 entries those
 * strings were much of the validator's garbage).
 */
function plain(c: Context, [entryId, date, endValue, laneId, title]: Required): boolean {
  if (typeof entryId !== 'string' || entryId.length > LIMITS.id || !ENTRY_ID.test(entryId)) return false;
  const start = c.ids.has(entryId) ? null : parsePartialDate(date);
  if (!start || !c.lanes.has(laneId as string)) return false;
  if (!absent(endValue)) {
    const end = endValue === 'ongoing' ? null : parsePartialDate(endValue);
    if (!end || end.to <= start.from) return false;
  }
  return typeof title === 'string' && title.length <= LIMITS.title && title.trim() !== '';
}

/** The full checks of the required fields, each problem one issue: the title when all pass. */
function checked(
  c: Context,
  i: number,
  [entryId, dateValue, endValue, laneId, titleValue]: Required,
): TimelineEntry['title'] | undefined {
  const path = `entries[${i}]`;
  let idOk = id(c, entryId, `${path}.id`, ENTRY_ID, ENTRY_HINT) !== undefined;
  if (idOk && c.ids.has(entryId as string)) {
    idOk = !!issue(
      c,
      `${path}.id`,
      `${show(entryId)} is already the id of an earlier entry; this one is left out`,
    );
  }
  const start = date(c, dateValue, `${path}.date`);
  const endOk = end(c, endValue, start, `${path}.end`);
  const laneOk = lane(c, laneId, `${path}.lane`) !== undefined;
  const title = localized(c, titleValue, `${path}.title`, LIMITS.title, true);
  return idOk && start && endOk && laneOk ? title : undefined;
}

export function entry(c: Context, value: unknown, i: number): TimelineEntry | undefined {
  if (!isObject(value)) {
    return expected(c, `entries[${i}]`, 'an entry (an object with id, date, lane and title)', value);
  }
  const fields: Required = [
    read(value, 'id'),
    read(value, 'date'),
    read(value, 'end'),
    read(value, 'lane'),
    read(value, 'title'),
  ];
  // A plain title is kept as it is; a localized one is a fresh copy made by the checks.
  const title = plain(c, fields) ? (fields[4] as string) : checked(c, i, fields);
  const [entryId, date, endValue, laneId] = fields;
  const out = { id: entryId, date } as TimelineEntry;
  if (!absent(endValue)) out.end = endValue as string;
  // Assigned one by one: Object.assign with a literal cost a tenth of validating 100,000 entries.
  out.lane = laneId as string;
  out.title = title!;
  extras(c, value, out, i);

  if (title === undefined || !ensureLane(c, laneId as string, i)) return;
  c.ids.add(entryId as string);
  return out;
}

/** An era: all four fields are needed, so a bad one leaves the era out. */
export function era(c: Context, value: unknown, path: string, ids: Set<string>): TimelineEra | undefined {
  if (!isObject(value)) return expected(c, path, 'an era (an object with id, start, end and label)', value);
  let eraId = id(c, read(value, 'id'), `${path}.id`, ENTRY_ID, 'era id (a-z, 0-9 and -');
  if (eraId !== undefined && ids.has(eraId)) {
    eraId = issue(
      c,
      `${path}.id`,
      `${show(eraId)} is already the id of an earlier era; this one is left out`,
    );
  }
  const start = date(c, read(value, 'start'), `${path}.start`);
  const endValue = read(value, 'end');
  const endOk = absent(endValue)
    ? expected(c, `${path}.end`, "a date or 'ongoing'", endValue)
    : end(c, endValue, start, `${path}.end`);
  const label = localized(c, read(value, 'label'), `${path}.label`, LIMITS.label, true);
  if (eraId === undefined || !start || !endOk || label === undefined) return;
  ids.add(eraId);
  return { id: eraId, start, end: endValue as string, label };
}
