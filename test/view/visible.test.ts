import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/article-2022-10.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { strings } from '../../src/i18n.js';
import type { LayoutEntry } from '../../src/layout/layout.js';
import { horizontal, vertical } from '../../src/orientation/index.js';
import { frameWindow } from '../../src/view/frame.js';
import type { Model } from '../../src/view/model.js';
import { visibleItems } from '../../src/view/visible.js';
import { syntheticStory } from '../synthetic.js';
import { modelOf, utc } from './helpers.js';

const visible = (model: Model, pinned: (string | null)[] = [], lang: 'nl' | 'en' = 'en') =>
  visibleItems({
    frame: model.frame!,
    shown: model.shown,
    dataset: model.story.dataset,
    pinned,
    lang,
    t: strings[lang],
  });

const singles = (items: LayoutEntry[]) => items.filter((i) => !i.cluster);
const clusters = (items: LayoutEntry[]) => items.filter((i) => i.cluster);
const startOf = (i: LayoutEntry) => (i.cluster ? i.cluster.start : +i.span!.from);

/**
 * Per group (a lane, or all lanes when `lane` is -1): the entries that start in the window are
 * each counted in exactly one cluster or drawn on their own.
 */
function checkAccounts(model: Model, items: LayoutEntry[], lane: number, pinned: Set<string>) {
  const [t0, t1] = frameWindow(model.frame!).map(Number);
  const inGroup = model.shown.shown.filter((p) => lane < 0 || p.lane === lane);
  const starting = inGroup.filter((p) => +p.span.from >= t0 && +p.span.from <= t1);
  const own = clusters(items).filter((c) => c.id.startsWith(`cluster-${lane}-`));
  for (const c of own) {
    const { start, end, count } = c.cluster!;
    const held = inGroup.filter(
      (p) => +p.span.from >= start && +p.span.from < end && !pinned.has(p.entry.id),
    );
    expect(count, c.id).to.equal(held.length);
    expect(count).to.be.greaterThan(1);
  }
  const ids = new Set(singles(items).map((i) => i.id));
  const drawn = starting.filter((p) => ids.has(p.entry.id)).length;
  const counted = own.reduce((n, c) => n + c.cluster!.count, 0);
  expect(counted + drawn, `group ${lane}`).to.equal(starting.length);
  return own.length;
}

describe('visible items (view/visible)', () => {
  it('draws every entry of a small story, each once, in date order, with its text', () => {
    const model = modelOf(belarusStory);
    const items = visible(model);
    expect(clusters(items)).to.have.length(0);
    expect(items.map((i) => i.id)).to.deep.equal(belarusStory.entries.map((e) => e.id));
    const war = items.find((i) => i.id === 'war-in-ukraine')!;
    expect(war.title).to.equal('War in Ukraine');
    expect(war.meta).to.equal('February 24, 2022 – present · War in Ukraine');
    expect(war.lane).to.equal(3);
    const nl = visible(model, [], 'nl').find((i) => i.id === 'war-in-ukraine')!;
    expect(nl.meta).to.equal('24 februari 2022 – heden · Oorlog in Oekraïne');
  });

  it('draws exactly the entries that touch the window, long periods from before it included', () => {
    const [from, to] = [utc(2022, 2), utc(2022, 11)];
    const model = modelOf(belarusStory, { from, to });
    const [t0, t1] = frameWindow(model.frame!).map(Number);
    const expected = model.shown.shown
      .filter((p) => +p.span.to >= t0 && +p.span.from <= t1)
      .map((p) => p.entry.id);
    const ids = visible(model).map((i) => i.id);
    expect(ids).to.deep.equal(expected);
    expect(ids).to.include('lukashenko-presidency');
    expect(ids).to.not.include('election-2020');
    expect(ids).to.not.include('putin-lukashenko-2001');
  });

  it('always draws the pinned entries (focus, selection), even outside the window', () => {
    const model = modelOf(belarusStory, { from: utc(2022, 2), to: utc(2022, 11) });
    const ids = visible(model, ['election-2020', null, 'putin-lukashenko-2001', 'no-such-entry']).map(
      (i) => i.id,
    );
    expect(ids).to.include('election-2020');
    expect(ids).to.include('putin-lukashenko-2001');
    expect(ids).to.not.include('no-such-entry');
    // Still in date order.
    const starts = visible(model, ['election-2020']).map(startOf);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('leaves hidden lanes out, pinned or not', () => {
    const model = modelOf(belarusStory, { lanes: 'war' });
    const items = visible(model, ['election-2020']);
    expect(items.length).to.equal(4);
    expect(items.every((i) => i.lane === 3)).to.be.true;
  });

  describe('counted clusters', () => {
    const story = syntheticStory(2000, 4);

    for (const orientation of [horizontal, vertical]) {
      it(`count exactly the entries that start in the window (${orientation.name})`, () => {
        const width = orientation === horizontal ? 1280 : 375;
        for (const [from, to] of [
          [null, null],
          [utc(2000), utc(2010)],
          [utc(2014, 3), utc(2014, 9)],
        ]) {
          const model = modelOf(story, { orientation, width, from, to });
          const items = visible(model);
          const groups = orientation.perLane ? [0, 1, 2, 3] : [-1];
          const found = groups.reduce((n, lane) => n + checkAccounts(model, items, lane, new Set()), 0);
          if (from === null) expect(found).to.be.greaterThan(4);
          const starts = items.map(startOf);
          expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
          // Groups that were not too full draw their entries one by one: then no cluster at all.
          if (!clusters(items).length)
            expect(singles(items).length).to.be.at.most(orientation.limit * groups.length);
        }
      });
    }

    it('keep pinned entries out of their counts and draw them on their own', () => {
      const model = modelOf(story);
      const plain = visible(model);
      const target = clusters(plain).find((c) => c.cluster!.count > 3)!;
      const inside = model.shown.shown.find(
        (p) =>
          p.lane === target.lane &&
          +p.span.from >= target.cluster!.start &&
          +p.span.from < target.cluster!.end,
      )!;
      const items = visible(model, [inside.entry.id]);
      expect(singles(items).map((i) => i.id)).to.include(inside.entry.id);
      const after = items.find((i) => i.id === target.id)!;
      expect(after.cluster!.count).to.equal(target.cluster!.count - 1);
      checkAccounts(model, items, target.lane, new Set([inside.entry.id]));
    });

    it('are per lane when horizontal and over all lanes when vertical', () => {
      // 35 entries over four lanes: no lane has more than 40 (horizontal), all of them have more than 30.
      const few: TimelineDataset = syntheticStory(35, 2);
      const across = visible(modelOf(few, { orientation: horizontal, width: 1280 }));
      expect(clusters(across)).to.have.length(0);
      expect(across).to.have.length(35);
      const down = visible(modelOf(few, { orientation: vertical, width: 375 }));
      expect(clusters(down).length).to.be.greaterThan(0);
      for (const c of clusters(down)) expect(c.id).to.match(/^cluster--1-/);
      const many = visible(modelOf(story, { orientation: horizontal, width: 1280 }));
      const lanes = new Set(clusters(many).map((c) => c.lane));
      expect([...lanes].sort()).to.deep.equal([0, 1, 2, 3]);
      for (const c of clusters(many)) expect(c.id.startsWith(`cluster-${c.lane}-`), c.id).to.be.true;
    });

    it('say how many they hold and over what dates, in the reader’s language', () => {
      const model = modelOf(story);
      for (const lang of ['en', 'nl'] as const) {
        const c = clusters(visible(model, [], lang))[0];
        expect(c.title).to.equal(strings[lang].cluster(c.cluster!.count));
        expect(c.span).to.be.null;
        // Its entries' own dates (not the pixel stretch's edges), from the first to the last.
        expect(c.meta).to.match(/^\S.* – \S.*$/);
      }
    });
  });

  it('draws singles only in a narrow window of a large story', () => {
    const model = modelOf(syntheticStory(2000, 4), { from: utc(2015, 3, 1), to: utc(2015, 3, 20) });
    const items = visible(model);
    expect(clusters(items)).to.have.length(0);
    const [t0, t1] = frameWindow(model.frame!).map(Number);
    const expected = model.shown.shown.filter((p) => +p.span.to >= t0 && +p.span.from <= t1);
    expect(items.map((i) => i.id).sort()).to.deep.equal(expected.map((p) => p.entry.id).sort());
  });
});
