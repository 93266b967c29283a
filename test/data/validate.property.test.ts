import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Localized, TimelineDataset, TimelineEntry, TimelineLane } from '../../src/data/index.js';
import { entrySpan, parsePartialDate } from '../../src/dates/partial-date.js';
import { validateDataset, validateEntries } from '../../src/data/validate.js';
import type { ValidationResult } from '../../src/data/validate.js';

type Obj = Record<string, unknown>;

/** Fixed seeds: the same cases on every run and in every browser. */
const RUNS = { seed: 42, numRuns: 200 };

// ---- Valid data ----

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

const partialDate = fc
  .tuple(
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.nat(2),
  )
  .map(([year, month, day, precision]) =>
    precision === 0
      ? pad(year, 4)
      : precision === 1
        ? `${pad(year, 4)}-${pad(month, 2)}`
        : `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysIn(year, month)), 2)}`,
  );

const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() !== '');
const localized = (max: number): fc.Arbitrary<Localized> =>
  fc.oneof(
    text(max),
    fc.record({ nl: text(max), en: text(max) }, { requiredKeys: ['nl'] }),
    fc.record({ nl: text(max), en: text(max) }, { requiredKeys: ['en'] }),
  );

const entryId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,19}$/);
const laneId = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,11}$/);

const lane: fc.Arbitrary<TimelineLane> = fc.record(
  {
    id: laneId,
    label: localized(30),
    color: fc.constantFrom('#d03a2f', 'rebeccapurple', 'oklch(60% 0.2 30)'),
  },
  { requiredKeys: ['id', 'label'] },
);

const quote = fc.record(
  { text: text(60), speaker: text(30), role: localized(30), translation: localized(60) },
  { requiredKeys: ['text', 'speaker'] },
);

const source = fc.record({ excerpt: text(60), url: fc.webUrl() }, { requiredKeys: ['excerpt'] });

/** `end`, when there, is not before `date`; 'ongoing' entries start by the asOf used below. */
const entry = (lanes: string[]): fc.Arbitrary<TimelineEntry> =>
  fc
    .record(
      {
        id: entryId,
        dates: fc.tuple(
          partialDate,
          fc.option(fc.oneof(partialDate, fc.constant('ongoing')), { nil: undefined }),
        ),
        lane: fc.constantFrom(...lanes),
        title: localized(40),
        summary: localized(80),
        quotes: fc.array(quote, { maxLength: 3 }),
        source,
        dateBasis: fc.constantFrom('source', 'inferred', 'background'),
        dateNote: localized(40),
      },
      { requiredKeys: ['id', 'dates', 'lane', 'title'] },
    )
    .map(({ dates: [a, b], ...rest }) => {
      if (b === undefined) return { date: a, ...rest } as TimelineEntry;
      if (b === 'ongoing') return { date: a, end: b, ...rest } as TimelineEntry;
      const [date, end] = +parsePartialDate(a)!.start <= +parsePartialDate(b)!.start ? [a, b] : [b, a];
      return { date, end, ...rest } as TimelineEntry;
    });

const dataset: fc.Arbitrary<TimelineDataset> = fc
  .uniqueArray(lane, { selector: (l) => l.id, minLength: 1, maxLength: 6 })
  .chain((lanes) =>
    fc.record(
      {
        title: localized(40),
        // Late enough for every 'ongoing' entry.
        asOf: fc.constantFrom('9999', '9999-12', '9999-12-31'),
        source: fc.record({ label: localized(30), url: fc.webUrl() }, { requiredKeys: ['label'] }),
        lanes: fc.constant(lanes),
        entries: fc.uniqueArray(entry(lanes.map((l) => l.id)), { selector: (e) => e.id, maxLength: 25 }),
      },
      { requiredKeys: ['title', 'asOf', 'lanes', 'entries'] },
    ),
  );

// ---- Garbage ----

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('get');
      },
      ownKeys: () => {
        throw new Error('ownKeys');
      },
    },
  );

const throwingGetter = () =>
  Object.defineProperty({}, 'title', {
    get() {
      throw new Error('title');
    },
    enumerable: true,
  });

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '2022-02-30',
    '2022-13',
    '94',
    'ongoing',
    'javascript:alert(1)',
    'data:text/html,x',
    '/relative',
    'Bad Id!',
    '',
    ' ',
    'x'.repeat(3000),
    -1,
    NaN,
    null,
    undefined,
    {},
    [],
  ),
  fc.constant(null).map(throwingProxy),
  fc.constant(null).map(throwingGetter),
);

/** The keys a mutation may set on an object: its own, and every key the schema knows. */
const KEYS =
  'id date end lane title summary quotes source dateBasis dateNote text speaker role translation excerpt url nl en label color asOf lanes entries'.split(
    ' ',
  );

interface Mutation {
  at: number;
  key: number;
  value: unknown;
  remove: boolean;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  key: fc.nat(),
  value: garbage,
  remove: fc.boolean(),
});

/** Every object and array in `value`, with its path as segments. */
function containers(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value !== 'object' || value === null) return out;
  let children: [string, unknown][];
  try {
    children = Object.entries(value);
  } catch {
    return out; // A hostile Proxy or getter from an earlier mutation: mutate around it.
  }
  out.push(path);
  for (const [key, child] of children) {
    containers(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

const walk = (root: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((v, k) => (v as Obj)[k], root);

/** Applies the mutations to a copy of `input`, returning it and the paths mutated. */
function mutate(input: TimelineDataset, mutations: Mutation[]) {
  const copy = structuredClone(input) as unknown as Obj;
  const touched: (string | number)[][] = [];
  for (const m of mutations) {
    const all = containers(copy);
    const path = all[m.at % all.length];
    const target = walk(copy, path) as Obj;
    const keys = Array.isArray(target)
      ? Array.from({ length: target.length + 1 }, (_, i) => i)
      : [...new Set([...Object.keys(target), ...KEYS])];
    const key = keys[m.key % keys.length];
    if (m.remove) delete target[key];
    else target[key] = m.value;
    touched.push([...path, key]);
  }
  return { copy, touched };
}

// ---- Checks ----

/** Whether `path` ('entries[3].title.nl') names a place in `root`: every step but the last exists, the last one's parent is an object. */
function resolves(root: unknown, path: string): boolean {
  if (path === '') return true;
  if (!/^[A-Za-z]+(\[\d+\])*(\.[A-Za-z]+(\[\d+\])*)*$/.test(path)) return false;
  const steps = [...path.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
  let here = root;
  for (const [i, step] of steps.entries()) {
    if (typeof here !== 'object' || here === null) return false;
    if (typeof step === 'number' && !Array.isArray(here)) return false;
    if (i === steps.length - 1) return true;
    try {
      here = (here as Obj)[step];
    } catch {
      return false;
    }
  }
  return false;
}

function expectSound(input: unknown, r: ValidationResult) {
  expect(r.issues.length).to.be.at.most(101);
  // An array is the entries: its paths start with `entries`.
  const root = Array.isArray(input) ? { entries: input } : input;
  for (const { path, message } of r.issues) {
    expect(typeof message).to.equal('string');
    expect(message).not.to.equal('');
    expect(resolves(root, path), `path ${JSON.stringify(path)}`).to.equal(true);
  }
  if (r.dataset) {
    const ids = new Set(r.dataset.lanes.map((l) => l.id));
    for (const e of r.dataset.entries) {
      expect(ids.has(e.lane)).to.equal(true);
      expect(entrySpan(e as { date: string; end?: string }, r.dataset.asOf)).not.to.equal(null);
    }
    expect(new Set(r.dataset.entries.map((e) => e.id)).size).to.equal(r.dataset.entries.length);
  }
}

describe('validateDataset (properties)', () => {
  it('accepts every valid dataset whole, with no issues', () => {
    fc.assert(
      fc.property(dataset, (ds) => {
        const r = validateDataset(ds);
        expect(r.issues).to.deep.equal([]);
        expect(r.dataset).to.deep.equal(ds);
      }),
      RUNS,
    );
  });

  it('accepts the entries of every valid dataset alone, against its lanes', () => {
    fc.assert(
      fc.property(dataset, (ds) => {
        // An ongoing entry's end is the entries' latest date: fine, since it is never before its start.
        const r = validateDataset(ds.entries, { lanes: ds.lanes });
        expect(r.issues).to.deep.equal(
          ds.entries.length ? [] : [{ path: '', message: 'there are no valid entries' }],
        );
        if (ds.entries.length) expect(r.dataset!.entries).to.deep.equal(ds.entries);
      }),
      RUNS,
    );
  });

  it('never throws on anything, and every issue path is in the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), garbage), (input) => {
        expectSound(input, validateDataset(input));
      }),
      RUNS,
    );
  });

  it('never throws on a valid dataset with garbage at random places, and keeps every entry still valid', () => {
    fc.assert(
      fc.property(dataset, fc.array(mutation, { minLength: 1, maxLength: 5 }), (ds, mutations) => {
        const { copy, touched } = mutate(ds, mutations);
        const r = validateDataset(copy);
        expectSound(copy, r);
        if (!r.dataset) return;

        // An entry no mutation reached, with an id no other entry has and a lane that survived, is kept.
        const within = (path: (string | number)[]) =>
          touched.some((t) => t.every((k, i) => i >= path.length || path[i] === k));
        const raw = copy.entries as unknown[];
        const idCount = new Map<unknown, number>();
        for (const item of raw) {
          let id: unknown;
          try {
            id = (item as Obj)?.id;
          } catch {
            id = undefined;
          }
          idCount.set(id, (idCount.get(id) ?? 0) + 1);
        }
        const lanes = new Set(r.dataset.lanes.map((l) => l.id));
        const kept = new Set(r.dataset.entries.map((e) => e.id));
        ds.entries.forEach((e, i) => {
          if (within(['entries', i])) return;
          if (idCount.get(e.id) !== 1 || !lanes.has(e.lane)) return;
          if (!entrySpan(e as { date: string; end?: string }, r.dataset!.asOf)) return;
          expect(kept.has(e.id), `entries[${i}] (${e.id}) was dropped`).to.equal(true);
          expect(r.dataset!.entries.find((x) => x.id === e.id)).to.deep.equal(e);
        });
      }),
      RUNS,
    );
  });
});

describe('validateEntries (properties)', () => {
  it('keeps valid entries on any lane, generating the lanes the base does not know', () => {
    fc.assert(
      fc.property(dataset, dataset, (base, other) => {
        const r = validateEntries(other.entries, { ...base, asOf: other.asOf });
        expect(r.issues).to.deep.equal([]);
        expect(r.dataset!.entries).to.deep.equal(other.entries);
        const known = new Set(base.lanes.map((l) => l.id));
        const used = [...new Set(other.entries.map((e) => e.lane))].filter((id) => !known.has(id));
        expect(r.dataset!.lanes.map((l) => l.id)).to.deep.equal([...base.lanes.map((l) => l.id), ...used]);
        for (const l of r.dataset!.lanes.slice(base.lanes.length)) {
          expect(typeof l.label === 'string' && l.label.length > 0).to.equal(true);
          expect(l.color).to.match(/^#[0-9a-f]{6}$/);
        }
      }),
      RUNS,
    );
  });

  it('never throws on anything, and every issue path is in the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(garbage)), (input) => {
        const r = validateEntries(input, { title: '', asOf: '2022', lanes: [], entries: [] });
        // Anything that is not an array is reported at `entries`: the input itself.
        expectSound(Array.isArray(input) ? input : [], r);
      }),
      RUNS,
    );
  });
});
