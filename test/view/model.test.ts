import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import { belarusStory } from '../../src/data/article-2022-10.js';
import { strings } from '../../src/i18n.js';
import { horizontal, vertical } from '../../src/orientation/index.js';
import { makeFrame } from '../../src/view/frame.js';
import { EMPTY_LAYOUT, frameLayout, storyStages } from '../../src/view/model.js';
import { indexStory } from '../../src/view/story-index.js';
import { syntheticStory } from '../synthetic.js';
import { measure, modelOf } from './helpers.js';

const en = { lang: 'en' as const, strings: strings.en };

describe('view model stages (view/model)', () => {
  const story = indexStory(belarusStory);

  it('builds every stage the first time', () => {
    const model = storyStages(null, story, 'war,mars', 'auto', [null, null]);
    expect(model.story).to.equal(story);
    expect(model.shown.shown.every((p) => p.lane === 3)).to.be.true;
    expect(model.unknownLanes).to.deep.equal(['mars']);
    expect(model.pieces.some((p) => p.gap)).to.be.true;
    expect(model.window).to.be.null;
    expect(model.frame).to.be.null;
    expect(model.layout).to.equal(EMPTY_LAYOUT);
  });

  it('reuses every stage when the inputs are the same objects', () => {
    const lanes = ['war', 'belarus'];
    const first = storyStages(null, story, lanes, 'auto', [null, null]);
    first.window = ['kept'];
    first.frame = makeFrame(horizontal, first.pieces, [16, 984], zoomIdentity);
    first.layout = { entries: [], lanes: [], width: 1, height: 2 };
    const again = storyStages(first, story, lanes, 'auto', [null, null]);
    expect(again).to.not.equal(first);
    expect(again.shown).to.equal(first.shown);
    expect(again.unknownLanes).to.equal(first.unknownLanes);
    expect(again.pieces).to.equal(first.pieces);
    // What the frame stage wrote is handed on until the element writes it again.
    expect(again.window).to.equal(first.window);
    expect(again.frame).to.equal(first.frame);
    expect(again.layout).to.equal(first.layout);
    // A string with the same text is the same value.
    const text = storyStages(null, story, 'war', 'auto', [null, null]);
    expect(storyStages(text, story, ['w', 'a', 'r'].join(''), 'auto', [null, null]).shown).to.equal(
      text.shown,
    );
  });

  it('rebuilds the shown lanes, not the time, when `lanes` changes', () => {
    const first = storyStages(null, story, ['war'], 'auto', [null, null]);
    const next = storyStages(first, story, ['war'], 'auto', [null, null]);
    // A new array, even with the same ids, is read again.
    expect(next.shown).to.not.equal(first.shown);
    expect(next.shown.shown).to.deep.equal(first.shown.shown);
    expect(next.pieces).to.equal(first.pieces);
    const all = storyStages(next, story, null, 'auto', [null, null]);
    expect(all.shown.shown).to.have.length(14);
    expect(all.unknownLanes).to.deep.equal([]);
  });

  it('rebuilds the time, not the shown lanes, when `gaps` changes', () => {
    const first = storyStages(null, story, null, 'auto', [null, null]);
    const none = storyStages(first, story, null, 'none', [null, null]);
    expect(none.shown).to.equal(first.shown);
    expect(none.pieces).to.not.equal(first.pieces);
    expect(none.pieces).to.have.length(1);
    const back = storyStages(none, story, null, 'auto', [null, null]);
    expect(back.pieces).to.deep.equal(first.pieces);
  });

  it('rebuilds everything for another story, whatever else stayed', () => {
    const first = storyStages(null, story, 'war', 'auto', [null, null]);
    const other = indexStory(belarusStory);
    const next = storyStages(first, other, 'war', 'auto', [null, null]);
    expect(next.story).to.equal(other);
    expect(next.shown).to.not.equal(first.shown);
    expect(next.pieces).to.not.equal(first.pieces);
    expect(next.pieces).to.deep.equal(first.pieces);
    const synthetic = storyStages(next, indexStory(syntheticStory(50)), 'war', 'auto', [null, null]);
    // `war` is no lane of the synthetic story.
    expect(synthetic.unknownLanes).to.deep.equal(['war']);
    expect(synthetic.shown.shown).to.have.length(0);
  });
});

describe('frame layout (view/model)', () => {
  it('is empty at width 0 and without a frame', () => {
    const model = modelOf(belarusStory);
    expect(frameLayout(model, 0, [], en, measure)).to.equal(EMPTY_LAYOUT);
    expect(frameLayout(model, -5, [], en, measure)).to.equal(EMPTY_LAYOUT);
    expect(frameLayout({ ...model, frame: null }, 1000, [], en, measure)).to.equal(EMPTY_LAYOUT);
  });

  it('lays out what the frame draws, pinned entries included', () => {
    const model = modelOf(belarusStory, { from: Date.UTC(2022, 1), to: Date.UTC(2022, 10) });
    const layout = frameLayout(model, 1000, [], en, measure);
    expect(layout.width).to.equal(1000);
    expect(layout.lanes.map((l) => l.lane)).to.deep.equal([0, 1, 2, 3]);
    const ids = layout.entries.map((e) => e.id);
    expect(ids).to.include('war-in-ukraine');
    expect(ids).to.not.include('election-2020');
    // A pinned entry outside the window has no mark to place (the element pans to it first).
    const outside = frameLayout(model, 1000, ['election-2020'], en, measure);
    expect(outside.entries.map((e) => e.id)).to.not.include('election-2020');
  });

  it('places a pinned entry on its own where its neighbours are counted', () => {
    const model = modelOf(syntheticStory(2000, 4));
    const plain = frameLayout(model, 1000, [], en, measure);
    expect(plain.entries.some((e) => e.cluster)).to.be.true;
    const placed = new Set(plain.entries.map((e) => e.id));
    const hidden = model.shown.shown.find((p) => !placed.has(p.entry.id))!.entry.id;
    const pinned = frameLayout(model, 1000, [hidden], en, measure);
    expect(pinned.entries.find((e) => e.id === hidden)?.cluster).to.be.null;
  });

  it('leaves hidden lanes without a band, and lays out vertically in one column of tracks', () => {
    const hidden = modelOf(belarusStory, { lanes: 'war,belarus' });
    const layout = frameLayout(hidden, 1000, [], en, measure);
    expect(layout.lanes.map((l) => l.lane)).to.deep.equal([0, 3]);
    const down = modelOf(belarusStory, { orientation: vertical, width: 375 });
    const column = frameLayout(down, 375, [], en, measure);
    expect(column.lanes).to.have.length(0);
    expect(column.entries).to.have.length(14);
    expect(column.entries.every((e) => e.leader)).to.be.true;
  });
});
