import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/index.js';
import type { TimelineEntry } from '../../src/data/index.js';
import { parsePartialDate } from '../../src/dates/partial-date.js';

type Basis = NonNullable<TimelineEntry['dateBasis']>;

/** SPEC §2: the entries the built-in dataset must have, with their dates, lanes and date basis. */
const REQUIRED: [id: string, date: string, end: string | undefined, lane: string, basis: Basis][] = [
  ['lukashenko-presidency', '1994', 'ongoing', 'belarus', 'source'],
  ['putin-in-power', '2000', 'ongoing', 'russia', 'source'],
  ['kremlin-dream-ends', '2000', undefined, 'relations', 'source'],
  ['putin-lukashenko-2001', '2001', undefined, 'relations', 'source'],
  ['election-2020', '2020-08-09', undefined, 'belarus', 'background'],
  ['protests-crushed', '2020-08', undefined, 'belarus', 'background'],
  ['dependence-on-putin', '2020', 'ongoing', 'relations', 'source'],
  ['war-in-ukraine', '2022-02-24', 'ongoing', 'war', 'background'],
  ['troops-via-belarus', '2022-02', undefined, 'war', 'source'],
  ['missiles-from-belarus', '2022-02', 'ongoing', 'war', 'source'],
  ['supply-line-sabotage', '2022', undefined, 'belarus', 'source'],
  ['belarusian-battalions', '2022', undefined, 'war', 'source'],
  ['provocation-claims', '2022-10', undefined, 'belarus', 'source'],
  ['joint-troop-buildup', '2022-10-10', undefined, 'relations', 'inferred'],
];

const LANES = ['belarus', 'russia', 'relations', 'war'];
const SPEAKERS = ['Franka Hummels', 'Tony van der Togt'];
const { entries } = belarusStory;

/** The Dutch and English text of a localized value, whether it is per language or one string. */
function both(value: unknown): { nl: string; en: string } {
  if (typeof value === 'string') return { nl: value, en: value };
  const v = (value ?? {}) as { nl?: unknown; en?: unknown };
  return { nl: typeof v.nl === 'string' ? v.nl : '', en: typeof v.en === 'string' ? v.en : '' };
}

describe('belarusStory: the built-in dataset', () => {
  describe('shape (SPEC §2)', () => {
    it('is as of October 2022', () => {
      expect(belarusStory.asOf).to.equal('2022-10');
    });

    it('has the four lanes, labelled in Dutch and English', () => {
      expect(belarusStory.lanes.map((l) => l.id)).to.have.members(LANES);
      for (const lane of belarusStory.lanes) {
        const label = both(lane.label);
        expect(label.nl, `lane ${lane.id} nl label`).to.not.equal('');
        expect(label.en, `lane ${lane.id} en label`).to.not.equal('');
      }
    });

    for (const [id, date, end, lane, basis] of REQUIRED) {
      it(`has ${id}: ${date}${end ? ` – ${end}` : ''}, lane ${lane}, basis ${basis}`, () => {
        const entry = entries.find((e) => e.id === id);
        expect(entry, id).to.exist;
        expect(entry!.date, `${id} date`).to.equal(date);
        expect(entry!.end, `${id} end`).to.equal(end);
        expect(entry!.lane, `${id} lane`).to.equal(lane);
        expect(entry!.dateBasis ?? 'source', `${id} dateBasis`).to.equal(basis);
      });
    }

    it('has unique, well-formed ids', () => {
      const ids = entries.map((e) => e.id);
      expect(new Set(ids).size, 'unique ids').to.equal(ids.length);
      for (const id of ids) expect(id).to.match(/^[a-z0-9][a-z0-9-]*$/);
    });

    it('puts every entry in a lane that exists', () => {
      const lanes = new Set(belarusStory.lanes.map((l) => l.id));
      for (const e of entries) expect(lanes.has(e.lane), `${e.id} lane ${e.lane}`).to.be.true;
    });
  });

  describe('text', () => {
    it('has a title in Dutch and English', () => {
      const title = both(belarusStory.title);
      expect(title.nl).to.not.equal('');
      expect(title.en).to.not.equal('');
    });

    it('gives every entry a short title and a summary in Dutch and English', () => {
      for (const e of entries) {
        const title = both(e.title);
        const summary = both(e.summary);
        for (const lang of ['nl', 'en'] as const) {
          expect(title[lang], `${e.id} ${lang} title`).to.not.equal('');
          expect(title[lang].length, `${e.id} ${lang} title length`).to.be.at.most(40);
          expect(summary[lang], `${e.id} ${lang} summary`).to.not.equal('');
        }
      }
    });

    it('gives every entry an excerpt', () => {
      for (const e of entries) expect(e.source?.excerpt ?? '', `${e.id} excerpt`).to.not.equal('');
    });

    it('explains every date that does not come from the source, in Dutch and English', () => {
      for (const e of entries.filter((x) => (x.dateBasis ?? 'source') !== 'source')) {
        const note = both(e.dateNote);
        expect(note.nl, `${e.id} nl dateNote`).to.not.equal('');
        expect(note.en, `${e.id} en dateNote`).to.not.equal('');
      }
    });

    it('attributes every quote to one of the two experts, with a role and an English translation', () => {
      for (const e of entries) {
        for (const q of e.quotes ?? []) {
          const where = `${e.id}: "${q.text}"`;
          expect(q.text, where).to.not.equal('');
          expect(SPEAKERS, where).to.include(q.speaker);
          const role = both(q.role);
          expect(role.nl, `${where} role nl`).to.not.equal('');
          expect(role.en, `${where} role en`).to.not.equal('');
          expect(both(q.translation).en, `${where} translation`).to.not.equal('');
        }
      }
    });
  });

  describe('dates', () => {
    it('has valid dates, and ends no earlier than starts', () => {
      const asOf = parsePartialDate(belarusStory.asOf);
      expect(asOf, 'asOf').to.not.be.null;
      for (const e of entries) {
        const start = parsePartialDate(e.date);
        expect(start, `${e.id} date ${e.date}`).to.not.be.null;
        if (e.end === undefined) continue;
        const end = e.end === 'ongoing' ? asOf : parsePartialDate(e.end);
        expect(end, `${e.id} end ${e.end}`).to.not.be.null;
        expect(end!.end.getTime(), `${e.id} end after date`).to.be.greaterThan(start!.start.getTime());
        if (e.end !== 'ongoing') {
          expect(end!.start.getTime(), `${e.id} end ≥ date`).to.be.at.least(start!.start.getTime());
        }
      }
    });

    it('keeps the entries in date order', () => {
      const starts = entries.map((e) => parsePartialDate(e.date)!.start.getTime());
      for (let i = 1; i < starts.length; i++) {
        expect(starts[i], `${entries[i].id} after ${entries[i - 1].id}`).to.be.at.least(starts[i - 1]);
      }
    });
  });

  describe('verbatim words of the article', () => {
    let article = '';

    before(async function () {
      const response = await fetch('/__shared/article-2022-10.nl.txt');
      if (response.status === 404) {
        console.warn('SKIPPED: ../shared/source/article-2022-10.nl.txt not found, verbatim check not run');
        this.skip();
      }
      expect(response.ok, `fetching the article: HTTP ${response.status}`).to.be.true;
      article = await response.text();
    });

    it('quotes every excerpt verbatim', () => {
      for (const e of entries) {
        const excerpt = e.source?.excerpt ?? '';
        expect(article.includes(excerpt), `${e.id} excerpt not in the article: "${excerpt}"`).to.be.true;
      }
    });

    it('quotes every quote verbatim', () => {
      for (const e of entries) {
        for (const q of e.quotes ?? []) {
          expect(article.includes(q.text), `${e.id} quote not in the article: "${q.text}"`).to.be.true;
        }
      }
    });
  });
});
