import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/article-2022-10.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { hiddenLanes, indexShown, indexStory, summaryOf } from '../../src/view/story-index.js';
import { syntheticStory } from '../synthetic.js';
import { utc } from './helpers.js';

const DAY = 864e5;

const story = (entries: TimelineDataset['entries'], asOf = '2024'): TimelineDataset => ({
  title: 'Test',
  asOf,
  lanes: [
    { id: 'a', label: 'A' },
    { id: 'b', label: { nl: 'Bee', en: 'Bea' } },
  ],
  entries,
});

describe('story index (view/story-index)', () => {
  it('prepares the built-in story in date order, ties in the data’s order', () => {
    const index = indexStory(belarusStory);
    expect(index.dataset).to.equal(belarusStory);
    expect(index.prepared.map((p) => p.entry.id)).to.deep.equal(belarusStory.entries.map((e) => e.id));
    // Reversed data: the same dates sort the same, and entries that start together keep the new order.
    const reversed = { ...belarusStory, entries: [...belarusStory.entries].reverse() };
    const ids = indexStory(reversed).prepared.map((p) => p.entry.id);
    expect(ids.slice(0, 3)).to.deep.equal(['lukashenko-presidency', 'kremlin-dream-ends', 'putin-in-power']);
    expect(ids.indexOf('belarusian-battalions')).to.be.below(ids.indexOf('supply-line-sabotage'));
    expect(ids.indexOf('missiles-from-belarus')).to.be.below(ids.indexOf('troops-via-belarus'));
    const starts = indexStory(syntheticStory(500, 3)).prepared.map((p) => +p.span.from);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('finds entries by id, with their span and their lane’s position', () => {
    const index = indexStory(belarusStory);
    expect(index.byId.size).to.equal(belarusStory.entries.length);
    const war = index.byId.get('war-in-ukraine')!;
    expect(war.entry).to.equal(belarusStory.entries.find((e) => e.id === 'war-in-ukraine'));
    expect(war.lane).to.equal(3);
    expect(+war.span.from).to.equal(utc(2022, 2, 24));
    // Ongoing: to the end of `asOf` (October 2022).
    expect(+war.span.to).to.equal(utc(2022, 11, 1));
    expect(war.span.ongoing).to.be.true;
    expect(index.byId.get('nope')).to.be.undefined;
  });

  it('leaves out entries it cannot draw: an unknown lane, an invalid date, an end before the start', () => {
    const index = indexStory(
      story([
        { id: 'ok', date: '2020', lane: 'a', title: 'ok' },
        { id: 'lost', date: '2020', lane: 'nowhere', title: 'lost' },
        { id: 'bad', date: '2020-02-30', lane: 'a', title: 'bad' },
        { id: 'back', date: '2021', end: '2020', lane: 'b', title: 'back' },
      ]),
    );
    expect(index.prepared.map((p) => p.entry.id)).to.deep.equal(['ok']);
    expect([...index.byId.keys()]).to.deep.equal(['ok']);
  });

  it('pads the extent by 3% of the time covered, at least 30 days', () => {
    const long = indexStory(
      story([
        { id: 'x', date: '2000', lane: 'a', title: 'x' },
        { id: 'y', date: '2009', lane: 'b', title: 'y' },
      ]),
    );
    const covered = utc(2010) - utc(2000);
    expect(long.extent).to.deep.equal([utc(2000) - covered * 0.03, utc(2010) + covered * 0.03]);
    const day = indexStory(story([{ id: 'x', date: '2020-05-05', lane: 'a', title: 'x' }]));
    expect(day.extent).to.deep.equal([utc(2020, 5, 5) - 30 * DAY, utc(2020, 5, 6) + 30 * DAY]);
    // The latest end counts, not the last start: a long period that started early.
    const period = indexStory(
      story([
        { id: 'p', date: '2000', end: '2020', lane: 'a', title: 'p' },
        { id: 'q', date: '2005', lane: 'b', title: 'q' },
      ]),
    );
    expect(period.extent![1]).to.equal(utc(2021) + (utc(2021) - utc(2000)) * 0.03);
  });

  it('has no extent when nothing can be drawn', () => {
    expect(indexStory(story([])).extent).to.be.null;
    expect(indexStory(story([{ id: 'x', date: 'soon', lane: 'a', title: 'x' }])).extent).to.be.null;
  });
});

describe('hidden lanes (view/story-index)', () => {
  const lanes = belarusStory; // belarus, russia, relations, war

  it('shows every lane for null and undefined', () => {
    for (const value of [null, undefined]) {
      expect(hiddenLanes(lanes, value)).to.deep.equal({ hidden: new Set(), unknown: [] });
    }
  });

  it('reads a comma-separated string, spaces and empty parts ignored', () => {
    const { hidden, unknown } = hiddenLanes(lanes, ' war, belarus ,,');
    expect([...hidden].sort()).to.deep.equal([1, 2]);
    expect(unknown).to.deep.equal([]);
  });

  it('reads an array of ids', () => {
    const { hidden } = hiddenLanes(lanes, ['russia', 'relations']);
    expect([...hidden].sort()).to.deep.equal([0, 3]);
  });

  it('reads a number as one id, which names no lane here', () => {
    const { hidden, unknown } = hiddenLanes(lanes, 7);
    expect(hidden.size).to.equal(4);
    expect(unknown).to.deep.equal(['7']);
    const numbered = { ...lanes, lanes: [...lanes.lanes, { id: '7', label: 'Seven' }] };
    expect([...hiddenLanes(numbered, 7).hidden].sort()).to.deep.equal([0, 1, 2, 3]);
    expect(hiddenLanes(numbered, 7).unknown).to.deep.equal([]);
  });

  it('hides every lane for an empty string (what the legend sets when all are off)', () => {
    expect(hiddenLanes(lanes, '').hidden.size).to.equal(4);
  });

  it('reports the ids that name no lane, once each, and still shows the known ones', () => {
    const { hidden, unknown } = hiddenLanes(lanes, 'war,mars,war,venus');
    expect([...hidden].sort()).to.deep.equal([0, 1, 2]);
    expect(unknown).to.deep.equal(['mars', 'venus']);
  });
});

describe('shown index (view/story-index)', () => {
  it('keeps the entries of the lanes shown, in date order, with their positions', () => {
    const index = indexStory(belarusStory);
    const shown = indexShown(index, new Set([1, 2]));
    const expected = index.prepared.filter((p) => p.lane === 0 || p.lane === 3);
    expect(shown.shown).to.deep.equal(expected);
    shown.shown.forEach((p, i) => expect(shown.position.get(p.entry.id)).to.equal(i));
    expect(shown.position.has('putin-in-power')).to.be.false;
  });

  it('indexes each lane shown, and all of them together, by start; hidden lanes have none', () => {
    const index = indexStory(syntheticStory(200, 5));
    const shown = indexShown(index, new Set([2]));
    expect(shown.lanes[2]).to.be.null;
    expect(shown.all.ref.length).to.equal(shown.shown.length);
    // Every ref points into `shown`, at an entry of that lane with that start.
    for (const lane of [0, 1, 3]) {
      const li = shown.lanes[lane]!;
      expect(li.ref.length).to.equal(shown.shown.filter((p) => p.lane === lane).length);
      li.ref.forEach((ref, i) => {
        expect(shown.shown[ref].lane).to.equal(lane);
        expect(li.from[i]).to.equal(+shown.shown[ref].span.from);
        expect(li.maxTo[i]).to.equal(Math.max(i ? li.maxTo[i - 1] : -Infinity, shown.shown[ref].span.to));
      });
    }
    expect([...shown.all.ref].sort((a, b) => a - b)).to.deep.equal(shown.shown.map((_, i) => i));
  });

  it('sums up what is shown: entries, first and last year, lanes', () => {
    const index = indexStory(belarusStory);
    expect(summaryOf(index, indexShown(index, new Set()))).to.deep.equal([14, 1994, 2022, 4]);
    // Relations only: 2000 to the ongoing dependence (to October 2022).
    expect(summaryOf(index, indexShown(index, new Set([0, 1, 3])))).to.deep.equal([4, 2000, 2022, 1]);
    expect(summaryOf(index, indexShown(index, new Set([0, 1, 2, 3])))).to.be.null;
  });

  it('ends the summary at the latest end, not the last start', () => {
    const index = indexStory(
      story([
        { id: 'p', date: '2000', end: '2015', lane: 'a', title: 'p' },
        { id: 'q', date: '2005', lane: 'b', title: 'q' },
      ]),
    );
    expect(summaryOf(index, indexShown(index, new Set()))).to.deep.equal([2, 2000, 2015, 2]);
  });
});
