/**
 * The dataset of SPEC §2 as a valibot schema, with the glue that valibot needs to behave like
 * `src/data/validate.ts` (same `ValidationResult`, same paths). A measurement, not shipped code:
 * `compare.js` bundles, times and questions it beside our validator.
 *
 * Part 1 is what valibot expresses itself: types, lengths, id patterns, partial dates (through our
 * `parsePartialDate`), http(s) URLs, `end` not before `date`, lanes that must exist, duplicate ids
 * (the last two through a per-call context that the checks close over).
 *
 * Part 2 is what it cannot, written by hand:
 * - partial acceptance: `v.array(entry)` fails as a whole, so each lane and entry is parsed on
 *   its own and its issue paths prefixed;
 * - dropping a bad optional field but keeping its entry *and reporting it*: `v.fallback` drops
 *   the field but swallows the issue (and with it the path SPEC §4 asks for), so the issues are
 *   sorted after the parse: those under a droppable path cut that node out of the output, any
 *   other leaves the entry out;
 * - `null` as absent: `v.nullish` keeps the `null`s in the output, so they are stripped;
 * - paths: valibot's `getDotPath` writes `entries.3.date`; SPEC wants `entries[3].date`; and a
 *   union (`Localized`) whose object option failed inside reports at `title`, not `title.nl`;
 * - limits that keep the first N (a `v.maxLength` on an array rejects the whole array), the cap
 *   of 100 issues, generated lanes for bare arrays of entries, `asOf` from the latest date;
 * - hostile input: valibot reads `input[key]` unguarded, so a throwing getter or Proxy throws out
 *   of `safeParse`; each parse is wrapped, and the whole entry (not just the field) is lost.
 */
import * as v from 'valibot';
import { entrySpan, parsePartialDate } from '../../src/dates/partial-date.js';
import { fallbackColors } from '../../src/lane-colors.js';
import type { TimelineDataset, TimelineEntry, TimelineLane } from '../../src/data/types.js';
import type { ValidationIssue, ValidationResult } from '../../src/data/validate.js';

// ---------------------------------------------------------------------------------------------
// Part 1: the schema
// ---------------------------------------------------------------------------------------------

const L = { entries: 100_000, lanes: 50, id: 64, title: 200, summary: 2_000, quote: 1_000 } as const;
const L2 = { excerpt: 2_000, note: 1_000, label: 100, url: 2_048, quotes: 20 } as const;
const DATE_HINT = 'a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)';
/** A value as a message shows it, as ours does: a string quoted, anything else by its kind. */
const show = (x: unknown) =>
  typeof x === 'string'
    ? JSON.stringify(x)
    : x === undefined
      ? 'nothing'
      : x === null
        ? 'null'
        : Array.isArray(x)
          ? 'an array'
          : /^[aeiou]/.test(typeof x)
            ? `an ${typeof x}`
            : `a ${typeof x}`;
/** Ours: `"x" is not <what>` for a string, `expected <what>, got a number` for anything else. */
const got = (what: string) => (i: v.BaseIssue<unknown>) =>
  typeof i.input === 'string' ? `${show(i.input)} is not ${what}` : `expected ${what}, got ${show(i.input)}`;
/** `v.object`'s message is also its message for a missing key: tell the two apart. */
const objectMessage = (what: string) => (i: v.BaseIssue<unknown>) =>
  i.path ? `${i.expected} is missing` : got(what)(i);

/** What the cross-field checks need: set per call by the glue. */
const ctx = {
  lanes: new Set<string>(),
  ids: new Set<string>(),
  asOf: '' as string | undefined,
  generate: false,
};

const text = (max: number) =>
  v.pipe(
    v.string(got('text')),
    v.maxLength(max, (i) => `the text is ${i.received} characters long, more than the limit of ${max}`),
  );
const filled = (max: number) =>
  v.pipe(
    text(max),
    v.check((s) => s.trim() !== '', 'must not be empty'),
  );
const localized = (max: number, required = false) =>
  v.union(
    [
      required ? filled(max) : text(max),
      v.pipe(
        v.object({ nl: v.nullish(text(max)), en: v.nullish(text(max)) }),
        v.check((o) => !required || !!(o.nl?.trim() || o.en?.trim()), 'must not be empty'),
      ),
    ],
    got('text'),
  );

const partialDate = v.pipe(
  v.string(got(DATE_HINT)),
  v.check((s) => parsePartialDate(s) !== null, got(DATE_HINT)),
);
const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;
const LANE_ID = /^[a-z0-9][a-z0-9-_]*$/i;
const laneIdOk = (s: string) => s.length <= L.id && LANE_ID.test(s);
const idOf = (pattern: RegExp, what: string) => {
  const message = got(`a valid ${what}, at most ${L.id} characters)`);
  return v.pipe(v.string(message), v.maxLength(L.id, message), v.regex(pattern, message));
};
const httpUrl = v.pipe(
  text(L2.url),
  v.check(
    (s) => {
      try {
        return /^https?:$/.test(new URL(s).protocol);
      } catch {
        return false;
      }
    },
    (i) => `${show(i.input)} is not an absolute http: or https: URL, so it is left out`,
  ),
);

const quote = v.object(
  {
    text: filled(L.quote),
    speaker: filled(L2.label),
    role: v.nullish(localized(L2.label)),
    translation: v.nullish(localized(L.quote)),
  },
  objectMessage('a quote (an object with text and speaker)'),
);

export const laneSchema = v.object(
  {
    id: v.pipe(
      idOf(LANE_ID, 'lane id (letters, digits, - and _'),
      v.check(
        (id) => !ctx.lanes.has(id),
        (i) => `${show(i.input)} is already the id of an earlier lane; this one is left out`,
      ),
    ),
    label: localized(L2.label, true),
    color: v.nullish(text(L.id)),
  },
  objectMessage('a lane (an object with id and label)'),
);

export const entrySchema = v.pipe(
  v.object(
    {
      id: v.pipe(
        idOf(ENTRY_ID, 'entry id (a-z, 0-9 and -'),
        v.check(
          (id) => !ctx.ids.has(id),
          (i) => `${show(i.input)} is already the id of an earlier entry; this one is left out`,
        ),
      ),
      date: partialDate,
      end: v.nullish(v.union([v.literal('ongoing'), partialDate], got(DATE_HINT))),
      lane: v.pipe(
        v.string(got('a lane id')),
        v.check(
          (l) => ctx.lanes.has(l) || (ctx.generate && laneIdOk(l)),
          (i) => `${show(i.input)} is not a lane of this dataset`,
        ),
      ),
      title: localized(L.title, true),
      summary: v.nullish(localized(L.summary)),
      // Keeps the first 20 silently: an issue would make valibot reject the list as a whole.
      quotes: v.nullish(
        v.pipe(
          v.array(v.unknown(), 'expected a list of quotes'),
          v.transform((a) => a.slice(0, L2.quotes)),
          v.array(quote),
        ),
      ),
      source: v.nullish(
        v.object(
          { excerpt: filled(L2.excerpt), url: v.nullish(httpUrl) },
          objectMessage('an object with excerpt and url'),
        ),
      ),
      dateBasis: v.nullish(
        v.picklist(
          ['source', 'inferred', 'background'],
          (i) => `${show(i.input)} is not one of source, inferred, background`,
        ),
      ),
      dateNote: v.nullish(localized(L2.note)),
    },
    objectMessage('an entry (an object with id, date, lane and title)'),
  ),
  v.forward(
    v.partialCheck(
      [['date'], ['end']],
      (e) =>
        e.end == null ||
        (e.end === 'ongoing' && !ctx.asOf) ||
        entrySpan(e as { date: string; end: string }, ctx.asOf!) !== null,
      (i) => {
        const { date, end } = i.input as { date: string; end: string };
        const asOf = end === 'ongoing' ? ` (asOf ${show(ctx.asOf)})` : '';
        return `ends before it starts: ${show(end)}${asOf} is before ${show(date)}`;
      },
    ),
    ['end'],
  ),
);

/** The dataset without its lanes and entries, which are checked one by one. */
export const shellSchema = v.object(
  {
    title: localized(L.title),
    asOf: partialDate,
    source: v.nullish(
      v.object(
        { label: localized(L2.label, true), url: v.nullish(httpUrl) },
        objectMessage('an object with label and url'),
      ),
    ),
    lanes: v.array(v.unknown(), 'expected a list of lanes'),
    entries: v.array(v.unknown(), 'expected a list of entries'),
  },
  objectMessage('a dataset (an object with title, asOf, lanes and entries) or a list of entries'),
);

/** Paths under which an issue drops that node (the deepest one) instead of the whole item. */
const DROP = {
  shell: ['title', 'source', 'source.url'],
  lane: ['color'],
  entry: [
    'summary',
    'quotes',
    'quotes.*',
    'quotes.*.role',
    'quotes.*.translation',
    'source',
    'source.url',
    'dateBasis',
    'dateNote',
  ],
};

// ---------------------------------------------------------------------------------------------
// Part 2: the glue valibot needs (partial acceptance, dropping and reporting, paths, limits,
// hostile input, bare arrays of entries)
// ---------------------------------------------------------------------------------------------

const MAX_ISSUES = 100;
const CUT = Symbol();
type Obj = Record<string | number, unknown>;

interface Run {
  issues: ValidationIssue[];
  count: number;
}

function report(r: Run, path: string, message: string) {
  if (r.count++ < MAX_ISSUES) r.issues.push({ path, message });
}

/** `['entries', 3, 'title', 'en']` → `entries[3].title.en`. */
const join = (prefix: string, keys: unknown[]) =>
  keys.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : String(k)), prefix);

/** `null`, `undefined` and cut nodes out, recursively (not into `keep`: raw lanes and entries). */
function strip(x: unknown, keep: string[] = []): unknown {
  if (Array.isArray(x)) return x.filter((y) => y !== CUT).map((y) => strip(y));
  if (!x || typeof x !== 'object') return x;
  for (const k of Object.keys(x)) {
    const y = (x as Obj)[k];
    if (y == null || y === CUT) delete (x as Obj)[k];
    else if (!keep.includes(k)) (x as Obj)[k] = strip(y);
  }
  return x;
}

const KEEP = ['lanes', 'entries'];

/** Parses one item; its issues are reported under `prefix`. Undefined when the item is left out. */
function parse<T>(
  r: Run,
  schema: v.GenericSchema,
  value: unknown,
  prefix: string,
  drops: string[],
): T | undefined {
  let result;
  try {
    result = v.safeParse(schema, value);
  } catch {
    report(r, prefix, 'expected an object, got a value that could not be read');
    return undefined;
  }
  if (result.success) return strip(result.output, KEEP) as T;
  const cuts: unknown[][] = [];
  let fatal = false;
  for (const i of result.issues) {
    const keys = (i.path ?? []).map((p) => p.key);
    // A union (Localized) whose object option failed inside reports only itself, at `title`:
    // its sub-issues know `title.nl`.
    const deeper = i.type === 'union' ? (i.issues ?? []).filter((s) => s.path) : [];
    if (deeper.length)
      for (const s of deeper) report(r, join(prefix, [...keys, ...s.path!.map((p) => p.key)]), s.message);
    else report(r, join(prefix, keys), i.message);
    let n = keys.length;
    while (
      n > 0 &&
      !drops.includes(
        keys
          .slice(0, n)
          .map((k) => (typeof k === 'number' ? '*' : k))
          .join('.'),
      )
    )
      n--;
    if (n === 0) fatal = true;
    else cuts.push(keys.slice(0, n));
  }
  if (fatal) return undefined;
  for (const keys of cuts) {
    let node = result.output as Obj;
    for (const k of keys.slice(0, -1)) node = (node?.[k as string] ?? undefined) as Obj;
    if (node && typeof node === 'object') node[keys.at(-1) as string] = CUT;
  }
  return strip(result.output, KEEP) as T;
}

function firstOf(r: Run, items: unknown[], path: string, name: string, limit: number) {
  if (items.length <= limit) return items;
  report(r, path, `${items.length} ${name} is more than the limit of ${limit}; the first ${limit} are used`);
  return items.slice(0, limit);
}

const humanise = (id: string) => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words[0].toUpperCase() + words.slice(1);
};

function parseEntries(r: Run, items: unknown[], lanes: Map<string, TimelineLane>): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  firstOf(r, items, 'entries', 'entries', L.entries).forEach((item, i) => {
    const e = parse<TimelineEntry>(r, entrySchema, item, `entries[${i}]`, DROP.entry);
    if (!e) return;
    if (!lanes.has(e.lane)) {
      if (lanes.size >= L.lanes)
        return report(
          r,
          `entries[${i}].lane`,
          `${show(e.lane)} would be lane ${lanes.size + 1}, more than the limit of ${L.lanes}`,
        );
      lanes.set(e.lane, {
        id: e.lane,
        label: humanise(e.lane),
        color: fallbackColors[lanes.size % fallbackColors.length],
      });
      ctx.lanes.add(e.lane);
    }
    ctx.ids.add(e.id);
    out.push(e);
  });
  return out;
}

function start(lanes: readonly TimelineLane[], generate: boolean, asOf?: string) {
  ctx.lanes = new Set(lanes.map((l) => l.id));
  ctx.ids = new Set();
  ctx.asOf = asOf;
  ctx.generate = generate;
  return { issues: [], count: 0 } as Run;
}

function done(r: Run, dataset: TimelineDataset | null): ValidationResult {
  if (r.count > MAX_ISSUES) r.issues.push({ path: '', message: `… and ${r.count - MAX_ISSUES} more issues` });
  return { dataset, issues: r.issues };
}

function snapshot(r: Run, input: unknown): unknown[] | undefined {
  try {
    const result = v.safeParse(v.array(v.unknown()), input);
    if (result.success) return result.output;
    report(r, 'entries', `expected a list of entries, got ${show(input)}`);
  } catch {
    report(r, 'entries', 'expected a list of entries, got a value that could not be read');
  }
  return undefined;
}

export function validateDataset(input: unknown, options?: { lanes?: TimelineLane[] }): ValidationResult {
  let isArray = false;
  try {
    isArray = Array.isArray(input);
  } catch {
    /* a revoked Proxy: the shell parse reports it */
  }
  if (isArray) {
    const r = start(options?.lanes ?? [], !options?.lanes);
    const lanes = new Map((options?.lanes ?? []).map((l) => [l.id, l]));
    const entries = parseEntries(r, snapshot(r, input) ?? [], lanes);
    let asOf: string | undefined;
    let last = -Infinity;
    for (const e of entries) {
      for (const d of [e.date, e.end]) {
        const to = +(parsePartialDate(d)?.end ?? -Infinity);
        if (to > last) [last, asOf] = [to, d];
      }
    }
    if (!asOf) return (report(r, '', 'there are no valid entries'), done(r, null));
    return done(r, { title: '', asOf, lanes: [...lanes.values()], entries });
  }
  const r = start([], false);
  const shell = parse<TimelineDataset & { lanes: unknown[]; entries: unknown[] }>(
    r,
    shellSchema,
    input,
    '',
    DROP.shell,
  );
  if (!shell) return done(r, null);
  ctx.asOf = shell.asOf;
  const lanes = new Map<string, TimelineLane>();
  firstOf(r, shell.lanes, 'lanes', 'lanes', L.lanes).forEach((item, i) => {
    const lane = parse<TimelineLane>(r, laneSchema, item, `lanes[${i}]`, DROP.lane);
    if (!lane) return;
    lanes.set(lane.id, lane);
    ctx.lanes.add(lane.id);
  });
  const dataset = { title: shell.title ?? '', asOf: shell.asOf } as TimelineDataset;
  if (shell.source) dataset.source = shell.source;
  dataset.lanes = [...lanes.values()];
  dataset.entries = parseEntries(r, shell.entries, lanes);
  return done(r, dataset);
}

export function validateEntries(input: unknown, base: TimelineDataset): ValidationResult {
  const r = start(base.lanes, true, base.asOf);
  const items = snapshot(r, input);
  if (!items) return done(r, null);
  const lanes = new Map(base.lanes.map((l) => [l.id, l]));
  const entries = parseEntries(r, items, lanes);
  return done(r, { ...base, lanes: [...lanes.values()], entries });
}

// ---------------------------------------------------------------------------------------------
// Part 3: for compare.js only (not counted): the schema alone over all entries, with no glue
// (no partial acceptance, dropping, paths or guards), as a lower bound on valibot's time.
// ---------------------------------------------------------------------------------------------

const allEntries = v.array(entrySchema);

export function schemaOnly(dataset: TimelineDataset) {
  start(dataset.lanes, false, dataset.asOf);
  return v.safeParse(allEntries, dataset.entries).success;
}
