import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/index.js';
import type { TimelineDataset, TimelineLane } from '../../src/data/index.js';
import { LIMITS, validateDataset, validateEntries } from '../../src/data/validate.js';
import type { ValidationResult } from '../../src/data/validate.js';
import { fallbackColors } from '../../src/lane-colors.js';

type Obj = Record<string, unknown>;

const LANES: TimelineLane[] = [
  { id: 'belarus', label: 'Belarus' },
  { id: 'war', label: { nl: 'Oorlog', en: 'War' } },
];

/** A minimal valid entry, with `fields` over it. */
const entry = (fields: Obj = {}): Obj => ({ id: 'a', date: '2022', lane: 'belarus', title: 'A', ...fields });

/** A valid dataset with these entries, with `fields` over it. */
const dataset = (entries: unknown[], fields: Obj = {}): Obj => ({
  title: 'T',
  asOf: '2022-10',
  lanes: LANES,
  entries,
  ...fields,
});

const long = (n: number) => 'x'.repeat(n);
const paths = (r: ValidationResult) => r.issues.map((i) => i.path);
const messages = (r: ValidationResult) => r.issues.map((i) => i.message);

/** Validates a dataset of one entry made of `fields`. */
const one = (fields: Obj) => validateDataset(dataset([entry(fields)]));

/** The one entry was left out, with an issue at `path`. */
function expectLeftOut(r: ValidationResult, path: string) {
  expect(r.dataset, 'dataset').not.to.equal(null);
  expect(r.dataset!.entries, 'entries').to.have.length(0);
  expect(paths(r)).to.include(path);
}

/** The one entry was kept, without `key`, with an issue at `path`. */
function expectFieldDropped(r: ValidationResult, key: string, path: string) {
  expect(r.dataset!.entries, 'entries').to.have.length(1);
  expect(r.dataset!.entries[0]).not.to.have.property(key);
  expect(paths(r)).to.deep.equal([path]);
}

/** A Proxy every trap of which throws. */
const hostile = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('get');
      },
      has: () => {
        throw new Error('has');
      },
      ownKeys: () => {
        throw new Error('ownKeys');
      },
      getPrototypeOf: () => {
        throw new Error('getPrototypeOf');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('getOwnPropertyDescriptor');
      },
    },
  );

/** Any object that `a` and `b` share at the same place: a copy shares none. */
function shared(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return null;
  if (a === b) return path || '(root)';
  for (const key of Object.keys(a)) {
    const found = shared((a as Obj)[key], (b as Obj)[key], `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

describe('validateDataset', () => {
  describe('the built-in dataset', () => {
    it('validates with no issues and comes back equal', () => {
      const r = validateDataset(belarusStory);
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset).to.deep.equal(belarusStory);
    });

    it('comes back as fresh copies, sharing no object with the input', () => {
      const r = validateDataset(belarusStory);
      expect(shared(r.dataset, belarusStory)).to.equal(null);
    });

    it('is not changed by later changes to the input', () => {
      const input = structuredClone(belarusStory) as TimelineDataset;
      const { dataset: out } = validateDataset(input);
      (input.entries[0].title as Obj).en = 'changed';
      input.entries[0].quotes![0].text = 'changed';
      input.lanes[0].id = 'changed';
      input.entries.pop();
      expect(out).to.deep.equal(belarusStory);
    });

    it('keeps only the known keys', () => {
      const r = validateDataset(
        dataset([entry({ extra: 1, title: { nl: 'A', en: 'B', de: 'C' } })], { extra: 2 }),
      );
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset).not.to.have.property('extra');
      expect(r.dataset!.entries[0]).to.deep.equal({
        id: 'a',
        date: '2022',
        lane: 'belarus',
        title: { nl: 'A', en: 'B' },
      });
    });

    it('treats null optional fields as absent', () => {
      const r = one({
        end: null,
        summary: null,
        quotes: null,
        source: null,
        dateBasis: null,
        dateNote: null,
      });
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.entries[0]).to.deep.equal(entry());
    });
  });

  describe('input that is not a dataset', () => {
    for (const [name, input] of [
      ['null', null],
      ['undefined', undefined],
      ['a string', '{"title":"T"}'],
      ['a number', 42],
      ['a boolean', true],
      ['a function', () => ({})],
      ['a symbol', Symbol('x')],
    ] as [string, unknown][]) {
      it(`gives no dataset and one issue at the root for ${name}`, () => {
        const r = validateDataset(input);
        expect(r.dataset).to.equal(null);
        expect(r.issues).to.have.length(1);
        expect(r.issues[0].path).to.equal('');
        expect(r.issues[0].message).to.match(/dataset/);
      });
    }

    it('says what it got', () => {
      expect(messages(validateDataset(42))[0]).to.match(/got a number$/);
      expect(messages(validateDataset(null))[0]).to.match(/got null$/);
      expect(messages(validateDataset('x'))[0]).to.match(/^"x" is not a dataset/);
    });

    it('survives a cyclic object', () => {
      const input = dataset([entry()]);
      input.self = input;
      (input.entries as unknown[]).push(input);
      const title: Obj = { nl: 'T' };
      title.en = title;
      input.title = title;
      const r = validateDataset(input);
      expect(r.dataset!.entries).to.have.length(1);
      expect(r.dataset!.title).to.equal('');
      expect(paths(r)).to.deep.equal([
        'title.en',
        'entries[1].id',
        'entries[1].date',
        'entries[1].lane',
        'entries[1].title.en',
      ]);
    });

    it('survives a Proxy that throws on every trap, as the root', () => {
      const r = validateDataset(hostile());
      expect(r.dataset).to.equal(null);
      expect(paths(r)).to.deep.equal(['title', 'asOf', 'lanes', 'entries']);
      expect(messages(r)[1]).to.match(/could not be read/);
    });

    it('survives a Proxy that throws on every trap, as an entry, a title, a quote and a lane', () => {
      const r = validateDataset(
        dataset([hostile(), entry({ id: 'b', title: hostile() }), entry({ id: 'c', quotes: [hostile()] })], {
          lanes: [...LANES, hostile()],
        }),
      );
      expect(r.dataset!.lanes.map((l) => l.id)).to.deep.equal(['belarus', 'war']);
      expect(r.dataset!.entries.map((e) => e.id)).to.deep.equal(['c']);
      expect(r.dataset!.entries[0].quotes).to.deep.equal([]);
      expect(paths(r)).to.include.members([
        'lanes[2].id',
        'entries[0].id',
        'entries[0].title',
        'entries[1].title.nl',
        'entries[2].quotes[0].text',
      ]);
    });

    it('survives a revoked Proxy', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(validateDataset(proxy).dataset).to.equal(null);
      expect(paths(validateDataset(proxy))).to.deep.equal(['']);
      const r = validateDataset(dataset([proxy, entry()]));
      expect(r.dataset!.entries).to.have.length(1);
      expect(paths(r)).to.deep.equal(['entries[0]']);
      expect(messages(r)[0]).to.match(/could not be read/);
    });

    it('survives getters that throw', () => {
      const throws = (target: Obj, key: string) =>
        Object.defineProperty(target, key, {
          get() {
            throw new Error(key);
          },
          enumerable: true,
        });
      expect(validateDataset(throws(dataset([]), 'asOf')).dataset).to.equal(null);
      const r = validateDataset(dataset([throws(entry(), 'title'), throws(entry({ id: 'b' }), 'summary')]));
      expect(r.dataset!.entries.map((e) => e.id)).to.deep.equal(['b']);
      expect(r.dataset!.entries[0]).not.to.have.property('summary');
      expect(r.issues).to.deep.equal([
        { path: 'entries[0].title', message: 'expected text, got a value that could not be read' },
        { path: 'entries[1].summary', message: 'expected text, got a value that could not be read' },
      ]);
    });

    it('survives an array whose length cannot be read', () => {
      const entries = new Proxy([entry()], {
        get: (target, key) => {
          if (key === 'length') throw new Error('length');
          return Reflect.get(target, key);
        },
      });
      const r = validateDataset(dataset([], { entries }));
      expect(r.dataset).to.equal(null);
      expect(paths(r)).to.deep.equal(['entries']);
    });

    it('reads each property once, so a getter cannot change its answer', () => {
      let reads = 0;
      const tricky = entry();
      Object.defineProperty(tricky, 'date', {
        get: () => (reads++ === 0 ? '2022' : 'not a date'),
        enumerable: true,
      });
      const r = validateDataset(dataset([tricky]));
      expect(reads).to.equal(1);
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.entries[0].date).to.equal('2022');
    });
  });

  describe('the dataset as a whole', () => {
    it('needs a valid asOf', () => {
      for (const asOf of [undefined, '2022-13', '2022-02-30', '94', 2022]) {
        const r = validateDataset(dataset([entry()], { asOf }));
        expect(r.dataset, String(asOf)).to.equal(null);
        expect(paths(r)).to.deep.equal(['asOf']);
      }
      expect(messages(validateDataset(dataset([], { asOf: '2022-13' })))).to.deep.equal([
        '"2022-13" is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)',
      ]);
      expect(messages(validateDataset(dataset([], { asOf: undefined })))).to.deep.equal([
        'expected a valid date (use YYYY, YYYY-MM or YYYY-MM-DD), got nothing',
      ]);
    });

    it('needs lanes and entries to be arrays', () => {
      for (const [key, value] of [
        ['lanes', {}],
        ['lanes', undefined],
        ['entries', 'x'],
        ['entries', { 0: entry(), length: 1 }],
      ] as [string, unknown][]) {
        const r = validateDataset(dataset([], { [key]: value }));
        expect(r.dataset, key).to.equal(null);
        expect(paths(r)).to.deep.equal([key]);
      }
    });

    it('reports a bad title but keeps the dataset, with an empty title', () => {
      for (const title of [42, long(LIMITS.title + 1), { en: long(LIMITS.title + 1) }, undefined]) {
        const r = validateDataset(dataset([entry()], { title }));
        expect(r.dataset!.title).to.equal('');
        expect(r.dataset!.entries).to.have.length(1);
        expect(r.issues).to.have.length(1);
      }
      const r = validateDataset(dataset([], { title: long(201) }));
      expect(r.issues).to.deep.equal([
        { path: 'title', message: 'the text is 201 characters long, more than the limit of 200' },
      ]);
      expect(paths(validateDataset(dataset([], { title: { nl: 'T', en: 5 } })))).to.deep.equal(['title.en']);
    });

    it('checks its source: a bad one is left out, a bad url just the url', () => {
      const label = { nl: 'Artikel', en: 'Article' };
      const good = validateDataset(dataset([], { source: { label, url: 'https://example.org/a' } }));
      expect(good.issues).to.deep.equal([]);
      expect(good.dataset!.source).to.deep.equal({ label, url: 'https://example.org/a' });

      const badUrl = validateDataset(dataset([], { source: { label, url: 'javascript:alert(1)' } }));
      expect(badUrl.dataset!.source).to.deep.equal({ label });
      expect(paths(badUrl)).to.deep.equal(['source.url']);

      for (const source of ['Article', { label: long(LIMITS.label + 1) }, { url: 'https://example.org' }]) {
        const r = validateDataset(dataset([], { source }));
        expect(r.dataset).not.to.have.property('source');
        expect(r.issues).to.have.length(1);
      }
      expect(paths(validateDataset(dataset([], { source: { label: long(101) } })))).to.deep.equal([
        'source.label',
      ]);
    });
  });

  describe('lanes', () => {
    const withLanes = (lanes: unknown[]) => validateDataset(dataset([], { lanes }));

    it('accepts ids of letters, digits, - and _, up to 64 characters', () => {
      const ids = ['a', 'My_lane', '2022-war', long(LIMITS.id)];
      const r = withLanes(ids.map((id) => ({ id, label: id })));
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.lanes.map((l) => l.id)).to.deep.equal(ids);
    });

    it('leaves out a lane with a bad id', () => {
      const bad = ['bad id', '-x', '_x', '', 'a.b', long(LIMITS.id + 1), 5, undefined];
      const r = withLanes(bad.map((id) => ({ id, label: 'L' })));
      expect(r.dataset!.lanes).to.deep.equal([]);
      expect(paths(r)).to.deep.equal(bad.map((_, i) => `lanes[${i}].id`));
      expect(messages(r)[0]).to.equal(
        '"bad id" is not a valid lane id (letters, digits, - and _, at most 64 characters)',
      );
    });

    it('leaves out a lane with a bad label', () => {
      const r = withLanes([
        { id: 'a' },
        { id: 'b', label: 5 },
        { id: 'c', label: long(LIMITS.label + 1) },
        { id: 'd', label: { en: long(LIMITS.label + 1) } },
        { id: 'e', label: '' },
        { id: 'f', label: {} },
      ]);
      expect(r.dataset!.lanes).to.deep.equal([]);
      expect(paths(r)).to.deep.equal([
        'lanes[0].label',
        'lanes[1].label',
        'lanes[2].label',
        'lanes[3].label.en',
        'lanes[4].label',
        'lanes[5].label',
      ]);
      expect(messages(r)[2]).to.equal('the text is 101 characters long, more than the limit of 100');
    });

    it('leaves out a lane that is not an object', () => {
      const r = withLanes(['belarus', null, [], 3]);
      expect(r.dataset!.lanes).to.deep.equal([]);
      expect(paths(r)).to.deep.equal(['lanes[0]', 'lanes[1]', 'lanes[2]', 'lanes[3]']);
    });

    it('drops a bad colour but keeps the lane', () => {
      const r = withLanes([
        { id: 'a', label: 'A', color: '#123456' },
        { id: 'b', label: 'B', color: 5 },
        { id: 'c', label: 'C', color: long(LIMITS.id + 1) },
      ]);
      expect(r.dataset!.lanes).to.deep.equal([
        { id: 'a', label: 'A', color: '#123456' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ]);
      expect(paths(r)).to.deep.equal(['lanes[1].color', 'lanes[2].color']);
    });

    it('leaves out the later of two lanes with the same id', () => {
      const r = withLanes([
        { id: 'a', label: 'First' },
        { id: 'b', label: 'B' },
        { id: 'a', label: 'Second' },
      ]);
      expect(r.dataset!.lanes).to.deep.equal([
        { id: 'a', label: 'First' },
        { id: 'b', label: 'B' },
      ]);
      expect(r.issues).to.deep.equal([
        { path: 'lanes[2].id', message: '"a" is already the id of an earlier lane; this one is left out' },
      ]);
    });

    it(`uses the first ${LIMITS.lanes} lanes of more`, () => {
      const r = withLanes(Array.from({ length: LIMITS.lanes + 3 }, (_, i) => ({ id: `l${i}`, label: 'L' })));
      expect(r.dataset!.lanes).to.have.length(LIMITS.lanes);
      expect(r.issues).to.deep.equal([
        { path: 'lanes', message: '53 lanes is more than the limit of 50; the first 50 are used' },
      ]);
    });
  });

  describe('entries: required fields (a bad one leaves the entry out)', () => {
    it('leaves out an entry that is not an object', () => {
      const r = validateDataset(dataset([null, 'a', 5, [entry()], undefined, entry()]));
      expect(r.dataset!.entries).to.deep.equal([entry()]);
      expect(paths(r)).to.deep.equal(['entries[0]', 'entries[1]', 'entries[2]', 'entries[3]', 'entries[4]']);
      expect(messages(r)[2]).to.equal(
        'expected an entry (an object with id, date, lane and title), got a number',
      );
    });

    it('needs an id of a-z, 0-9 and -, up to 64 characters', () => {
      expect(one({ id: long(LIMITS.id) }).issues).to.deep.equal([]);
      expect(one({ id: '2022-war-9' }).issues).to.deep.equal([]);
      for (const id of ['Bad', '-a', 'a_b', 'a b', '', long(LIMITS.id + 1), 5, undefined]) {
        expectLeftOut(one({ id }), 'entries[0].id');
      }
      expect(messages(one({ id: long(65) }))[0]).to.match(/at most 64 characters/);
    });

    it('leaves out the later of two entries with the same id', () => {
      const r = validateDataset(
        dataset([entry({ title: 'First' }), entry({ id: 'b' }), entry({ title: 'Second' })]),
      );
      expect(r.dataset!.entries.map((e) => e.title)).to.deep.equal(['First', 'A']);
      expect(r.issues).to.deep.equal([
        {
          path: 'entries[2].id',
          message: '"a" is already the id of an earlier entry; this one is left out',
        },
      ]);
    });

    it('lets a valid entry keep an id that an invalid earlier one had', () => {
      const r = validateDataset(dataset([entry({ date: 'x' }), entry()]));
      expect(r.dataset!.entries).to.deep.equal([entry()]);
      expect(paths(r)).to.deep.equal(['entries[0].date']);
    });

    it('needs a date that exists', () => {
      for (const date of [
        '2022-02-30',
        '2022-13',
        '94',
        '2022-2-3',
        '2022-10-10T00:00',
        '0000',
        2022,
        undefined,
      ]) {
        expectLeftOut(one({ date }), 'entries[0].date');
      }
      expect(one({ date: '2022-02-30' }).issues).to.deep.equal([
        {
          path: 'entries[0].date',
          message: '"2022-02-30" is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)',
        },
      ]);
      expect(messages(one({ date: 2022 }))[0]).to.equal(
        'expected a valid date (use YYYY, YYYY-MM or YYYY-MM-DD), got a number',
      );
    });

    it('needs an end that is a date or ongoing, and not before the start', () => {
      for (const end of ['2022', '2022-12-31', 'ongoing']) {
        expect(one({ date: '2022-03', end }).issues, end).to.deep.equal([]);
      }
      for (const end of ['2022-02-30', 'now', 5, {}]) expectLeftOut(one({ end }), 'entries[0].end');
      const before = one({ date: '2020', end: '2019' });
      expectLeftOut(before, 'entries[0].end');
      expect(messages(before)[0]).to.equal('ends before it starts: "2019" is before "2020"');
      expectLeftOut(one({ date: '2020-05-02', end: '2020-05-01' }), 'entries[0].end');
    });

    it('needs an ongoing entry to start by asOf', () => {
      const r = one({ date: '2023', end: 'ongoing' });
      expectLeftOut(r, 'entries[0].end');
      expect(messages(r)[0]).to.equal('ends before it starts: "ongoing" (asOf "2022-10") is before "2023"');
      expect(one({ date: '2022-10-31', end: 'ongoing' }).issues).to.deep.equal([]);
    });

    it('needs a known lane', () => {
      const r = one({ lane: 'moon' });
      expectLeftOut(r, 'entries[0].lane');
      expect(messages(r)[0]).to.equal('"moon" is not a lane of this dataset');
      for (const lane of [5, undefined, null, 'Belarus']) expectLeftOut(one({ lane }), 'entries[0].lane');
      expect(one({ lane: 'war' }).issues).to.deep.equal([]);
    });

    it('needs a title that is text, not empty, up to 200 characters', () => {
      for (const [title, path] of [
        [undefined, 'entries[0].title'],
        ['', 'entries[0].title'],
        ['  ', 'entries[0].title'],
        [42, 'entries[0].title'],
        [['A'], 'entries[0].title'],
        [{}, 'entries[0].title'],
        [{ nl: '', en: ' ' }, 'entries[0].title'],
        [{ nl: 5, en: 'A' }, 'entries[0].title.nl'],
        [{ nl: 'A', en: { text: 'A' } }, 'entries[0].title.en'],
        [long(LIMITS.title + 1), 'entries[0].title'],
        [{ en: long(LIMITS.title + 1) }, 'entries[0].title.en'],
      ] as [unknown, string][]) {
        expectLeftOut(one({ title }), path);
      }
      expect(messages(one({ title: 42 }))[0]).to.equal('expected text, got a number');
      expect(messages(one({ title: long(201) }))[0]).to.equal(
        'the text is 201 characters long, more than the limit of 200',
      );
      expect(one({ title: long(LIMITS.title) }).issues).to.deep.equal([]);
      expect(one({ title: { en: 'Only English' } }).dataset!.entries[0].title).to.deep.equal({
        en: 'Only English',
      });
    });

    it('reports every bad field of an entry', () => {
      const r = one({ id: 'X', date: '94', lane: 'moon', title: 5, summary: 5 });
      expect(paths(r)).to.deep.equal([
        'entries[0].id',
        'entries[0].date',
        'entries[0].lane',
        'entries[0].title',
        'entries[0].summary',
      ]);
    });
  });

  describe('entries: optional fields (a bad one is dropped, the entry kept)', () => {
    it('checks the summary', () => {
      expectFieldDropped(one({ summary: long(LIMITS.summary + 1) }), 'summary', 'entries[0].summary');
      expectFieldDropped(one({ summary: 5 }), 'summary', 'entries[0].summary');
      expectFieldDropped(one({ summary: { nl: 'ok', en: 5 } }), 'summary', 'entries[0].summary.en');
      expect(messages(one({ summary: long(2001) }))[0]).to.equal(
        'the text is 2001 characters long, more than the limit of 2000',
      );
      expect(one({ summary: long(LIMITS.summary) }).issues).to.deep.equal([]);
    });

    it('checks the date note', () => {
      expectFieldDropped(one({ dateNote: long(LIMITS.note + 1) }), 'dateNote', 'entries[0].dateNote');
      expectFieldDropped(one({ dateNote: ['x'] }), 'dateNote', 'entries[0].dateNote');
      expectFieldDropped(one({ dateNote: { en: long(1001) } }), 'dateNote', 'entries[0].dateNote.en');
      expect(one({ dateNote: { nl: 'Afgeleid' } }).dataset!.entries[0].dateNote).to.deep.equal({
        nl: 'Afgeleid',
      });
    });

    it('checks the date basis', () => {
      for (const dateBasis of ['source', 'inferred', 'background']) {
        expect(one({ dateBasis }).dataset!.entries[0].dateBasis).to.equal(dateBasis);
      }
      expectFieldDropped(one({ dateBasis: 'guess' }), 'dateBasis', 'entries[0].dateBasis');
      expectFieldDropped(one({ dateBasis: 1 }), 'dateBasis', 'entries[0].dateBasis');
      expect(messages(one({ dateBasis: 'guess' }))[0]).to.equal(
        '"guess" is not one of source, inferred, background',
      );
    });

    it('checks the quotes, leaving out a bad quote', () => {
      const good = {
        text: 'Woorden',
        speaker: 'Franka Hummels',
        role: 'journalist',
        translation: { en: 'Words' },
      };
      expect(one({ quotes: [good] }).dataset!.entries[0].quotes).to.deep.equal([good]);
      expectFieldDropped(one({ quotes: 'Woorden' }), 'quotes', 'entries[0].quotes');
      expectFieldDropped(one({ quotes: good }), 'quotes', 'entries[0].quotes');

      const r = one({
        quotes: [
          good,
          'Woorden',
          { speaker: 'X' },
          { text: '', speaker: 'X' },
          { text: long(LIMITS.quote + 1), speaker: 'X' },
          { text: 'T', speaker: 5 },
          { text: 'T', speaker: long(LIMITS.label + 1) },
          { text: 'T' },
        ],
      });
      expect(r.dataset!.entries[0].quotes).to.deep.equal([good]);
      expect(paths(r)).to.deep.equal([
        'entries[0].quotes[1]',
        'entries[0].quotes[2].text',
        'entries[0].quotes[3].text',
        'entries[0].quotes[4].text',
        'entries[0].quotes[5].speaker',
        'entries[0].quotes[6].speaker',
        'entries[0].quotes[7].speaker',
      ]);
    });

    it("drops a quote's bad role or translation, keeping the quote", () => {
      const r = one({
        quotes: [
          { text: 'T', speaker: 'S', role: long(LIMITS.label + 1), translation: 5 },
          { text: 'T', speaker: 'S', translation: { en: long(LIMITS.quote + 1) } },
        ],
      });
      expect(r.dataset!.entries[0].quotes).to.deep.equal([
        { text: 'T', speaker: 'S' },
        { text: 'T', speaker: 'S' },
      ]);
      expect(paths(r)).to.deep.equal([
        'entries[0].quotes[0].role',
        'entries[0].quotes[0].translation',
        'entries[0].quotes[1].translation.en',
      ]);
    });

    it(`uses the first ${LIMITS.quotes} quotes of more`, () => {
      const quotes = Array.from({ length: LIMITS.quotes + 1 }, (_, i) => ({ text: `q${i}`, speaker: 'S' }));
      const r = one({ quotes });
      expect(r.dataset!.entries[0].quotes).to.deep.equal(quotes.slice(0, LIMITS.quotes));
      expect(r.issues).to.deep.equal([
        {
          path: 'entries[0].quotes',
          message: '21 quotes is more than the limit of 20; the first 20 are used',
        },
      ]);
    });

    it('checks the source and its excerpt', () => {
      expect(one({ source: { excerpt: 'woorden' } }).dataset!.entries[0].source).to.deep.equal({
        excerpt: 'woorden',
      });
      for (const source of [
        'woorden',
        ['woorden'],
        {},
        { excerpt: '' },
        { excerpt: 5 },
        { url: 'https://a.b' },
      ]) {
        const r = one({ source });
        expect(r.dataset!.entries[0]).not.to.have.property('source');
        expect(r.issues).to.have.length(1);
      }
      expectFieldDropped(
        one({ source: { excerpt: long(LIMITS.excerpt + 1) } }),
        'source',
        'entries[0].source.excerpt',
      );
      expect(one({ source: { excerpt: long(LIMITS.excerpt) } }).issues).to.deep.equal([]);
    });

    it('keeps http: and https: URLs', () => {
      for (const url of ['http://example.org', 'https://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG']) {
        const r = one({ source: { excerpt: 'e', url } });
        expect(r.issues, url).to.deep.equal([]);
        expect(r.dataset!.entries[0].source).to.deep.equal({ excerpt: 'e', url });
      }
    });

    it('drops every other URL, keeping the source and the entry', () => {
      for (const url of [
        'javascript:alert(1)',
        ' javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox',
        'file:///etc/passwd',
        'ftp://example.org',
        '/relative/path',
        'example.org',
        '//example.org',
        '',
        5,
        { href: 'https://example.org' },
        `https://example.org/${long(LIMITS.url)}`,
      ]) {
        const r = one({ source: { excerpt: 'e', url } });
        expect(r.dataset!.entries[0].source, String(url)).to.deep.equal({ excerpt: 'e' });
        expect(paths(r)).to.deep.equal(['entries[0].source.url']);
      }
      expect(messages(one({ source: { excerpt: 'e', url: 'javascript:alert(1)' } }))[0]).to.equal(
        '"javascript:alert(1)" is not an absolute http: or https: URL, so it is left out',
      );
    });
  });

  describe('many entries and many issues', () => {
    it(`uses the first ${LIMITS.entries} entries of more`, () => {
      const many = Array.from({ length: LIMITS.entries + 1 }, (_, i) => ({
        id: `e${i}`,
        date: '2022',
        lane: 'war',
        title: 'E',
      }));
      const r = validateDataset(dataset(many));
      expect(r.issues).to.deep.equal([
        {
          path: 'entries',
          message: '100001 entries is more than the limit of 100000; the first 100000 are used',
        },
      ]);
      expect(r.dataset!.entries).to.have.length(LIMITS.entries);
      expect(r.dataset!.entries.at(-1)!.id).to.equal(`e${LIMITS.entries - 1}`);
    });

    it('records at most 100 issues, then says how many more', () => {
      const r = validateDataset(dataset(Array.from({ length: 150 }, () => 0)));
      expect(r.issues).to.have.length(101);
      expect(r.issues[99].path).to.equal('entries[99]');
      expect(r.issues[100]).to.deep.equal({ path: '', message: '… and 50 more issues' });
    });

    it('keeps the valid entries among invalid ones, in order', () => {
      const r = validateDataset(
        dataset([
          entry({ id: 'a' }),
          entry({ id: 'b', date: '94' }),
          entry({ id: 'c' }),
          7,
          entry({ id: 'd' }),
        ]),
      );
      expect(r.dataset!.entries.map((e) => e.id)).to.deep.equal(['a', 'c', 'd']);
      expect(paths(r)).to.deep.equal(['entries[1].date', 'entries[3]']);
    });
  });

  describe('an array of entries alone', () => {
    it('generates a lane for each lane id used and takes asOf from the latest date', () => {
      const r = validateDataset([
        entry({ id: 'a', lane: 'my-lane', date: '2022-10-10' }),
        entry({ id: 'b', lane: 'other_lane', date: '2020', end: '2022-10' }),
        entry({ id: 'c', lane: 'my-lane', date: '2021', end: 'ongoing' }),
      ]);
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.title).to.equal('');
      expect(r.dataset!.asOf).to.equal('2022-10');
      expect(r.dataset!.lanes).to.deep.equal([
        { id: 'my-lane', label: 'My lane', color: fallbackColors[0] },
        { id: 'other_lane', label: 'Other lane', color: fallbackColors[1] },
      ]);
      expect(r.dataset!.entries.map((e) => e.id)).to.deep.equal(['a', 'b', 'c']);
    });

    it('takes a later end as asOf', () => {
      const r = validateDataset([
        entry({ date: '2020', end: '2023-01-05' }),
        entry({ id: 'b', date: '2022' }),
      ]);
      expect(r.dataset!.asOf).to.equal('2023-01-05');
    });

    it('checks the entries against the lanes given', () => {
      const r = validateDataset([entry(), entry({ id: 'b', lane: 'moon' })], { lanes: LANES });
      expect(r.dataset!.lanes).to.deep.equal(LANES);
      expect(r.dataset!.entries.map((e) => e.id)).to.deep.equal(['a']);
      expect(r.issues).to.deep.equal([
        { path: 'entries[1].lane', message: '"moon" is not a lane of this dataset' },
      ]);
    });

    it('reports bad entries at entries[i] paths', () => {
      const r = validateDataset([entry(), entry({ id: 'b', date: '2022-02-30' }), 'x']);
      expect(r.dataset!.entries).to.have.length(1);
      expect(paths(r)).to.deep.equal(['entries[1].date', 'entries[2]']);
    });

    it('gives no dataset when no entry is valid', () => {
      expect(validateDataset([])).to.deep.equal({
        dataset: null,
        issues: [{ path: '', message: 'there are no valid entries' }],
      });
      const r = validateDataset([{ id: 'a' }]);
      expect(r.dataset).to.equal(null);
      expect(paths(r).at(-1)).to.equal('');
    });

    it('leaves out an entry whose lane id is not a valid lane id', () => {
      const r = validateDataset([entry({ lane: 'not a lane' }), entry({ id: 'b' })]);
      expect(r.dataset!.entries.map((e) => e.id)).to.deep.equal(['b']);
      expect(paths(r)).to.deep.equal(['entries[0].lane']);
    });
  });
});

describe('validateEntries', () => {
  const base = structuredClone(belarusStory) as TimelineDataset;

  it('replaces the entries and keeps the rest of the base', () => {
    const r = validateEntries([entry({ lane: 'war' })], base);
    expect(r.issues).to.deep.equal([]);
    expect(r.dataset).to.deep.equal({ ...belarusStory, entries: [entry({ lane: 'war' })] });
    expect(base).to.deep.equal(belarusStory);
  });

  it('generates humanised lanes for lane ids the base does not know, without issues', () => {
    const r = validateEntries(
      [
        entry({ id: 'a', lane: 'my-lane' }),
        entry({ id: 'b', lane: 'belarus' }),
        entry({ id: 'c', lane: 'ngo_work--2' }),
        entry({ id: 'd', lane: 'my-lane' }),
        entry({ id: 'e', lane: 'Protest' }),
      ],
      base,
    );
    expect(r.issues).to.deep.equal([]);
    expect(r.dataset!.entries).to.have.length(5);
    expect(r.dataset!.lanes.slice(0, 4)).to.deep.equal(belarusStory.lanes);
    expect(r.dataset!.lanes.slice(4)).to.deep.equal([
      { id: 'my-lane', label: 'My lane', color: fallbackColors[4] },
      { id: 'ngo_work--2', label: 'Ngo work 2', color: fallbackColors[5] },
      { id: 'Protest', label: 'Protest', color: fallbackColors[6] },
    ]);
  });

  it('does not generate a lane for an entry that is left out', () => {
    const r = validateEntries([entry({ lane: 'ghost', date: '94' })], base);
    expect(r.dataset!.lanes).to.deep.equal(belarusStory.lanes);
    expect(paths(r)).to.deep.equal(['entries[0].date']);
  });

  it('reports a lane that is not a valid lane id', () => {
    for (const lane of ['not a lane', 5, undefined, long(LIMITS.id + 1)]) {
      const r = validateEntries([entry({ lane })], base);
      expect(r.dataset!.entries).to.deep.equal([]);
      expect(paths(r)).to.deep.equal(['entries[0].lane']);
    }
  });

  it(`stops generating lanes at ${LIMITS.lanes}`, () => {
    const many = Array.from({ length: LIMITS.lanes }, (_, i) => entry({ id: `e${i}`, lane: `lane-${i}` }));
    const r = validateEntries(many, base);
    expect(r.dataset!.lanes).to.have.length(LIMITS.lanes);
    expect(r.dataset!.entries).to.have.length(LIMITS.lanes - base.lanes.length);
    expect(r.issues).to.have.length(base.lanes.length);
    expect(r.issues[0]).to.deep.equal({
      path: `entries[${LIMITS.lanes - base.lanes.length}].lane`,
      message: '"lane-46" would be lane 51, more than the limit of 50',
    });
  });

  it("checks ongoing entries against the base's asOf", () => {
    const r = validateEntries([entry({ date: '2022-11', end: 'ongoing', lane: 'war' })], base);
    expect(paths(r)).to.deep.equal(['entries[0].end']);
  });

  it('gives no dataset for input that is not an array', () => {
    for (const input of [null, undefined, {}, 'entries', 3, { length: 1, 0: entry() }]) {
      const r = validateEntries(input, base);
      expect(r.dataset).to.equal(null);
      expect(paths(r)).to.deep.equal(['entries']);
    }
  });

  it('returns copies, not the given entries', () => {
    const input = [entry({ title: { en: 'A' } })];
    const r = validateEntries(input, base);
    expect(r.dataset!.entries[0]).to.deep.equal(input[0]);
    expect(shared(r.dataset!.entries, input)).to.equal(null);
  });
});
