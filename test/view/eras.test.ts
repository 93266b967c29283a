import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import type { TimelineDataset } from '../../src/data/types.js';
import { horizontal, vertical } from '../../src/orientation/index.js';
import { frameEras, makeFrame, storyPieces } from '../../src/view/frame.js';
import { entryEras, indexStory, prepareEras } from '../../src/view/story-index.js';

const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

const dataset: TimelineDataset = {
  title: 'Eras',
  asOf: '2024-06',
  lanes: [{ id: 'one', label: 'One' }],
  eras: [
    { id: 'late', start: '2019', end: 'ongoing', label: 'Now' },
    { id: 'early', start: '2000', end: '2009', label: { en: 'Early', nl: 'Vroeg' } },
    { id: 'bad', start: '2012', end: '2011', label: 'Ends before it starts' },
  ],
  entries: [
    { id: 'before', date: '1998', lane: 'one', title: 'Before' },
    { id: 'a', date: '2003', lane: 'one', title: 'A' },
    { id: 'b', date: '2005-05', lane: 'one', title: 'B' },
    { id: 'gap', date: '2012', lane: 'one', title: 'Between eras' },
    { id: 'c', date: '2020-02-01', lane: 'one', title: 'C' },
  ],
};

describe('eras in the view model', () => {
  it('prepares the eras by start with their spans, leaving out one whose dates do not make a span', () => {
    const eras = prepareEras(dataset);
    expect(eras.map((e) => e.era.id)).to.deep.equal(['early', 'late']);
    // A year-precision end runs to the end of that year; 'ongoing' to the end of asOf.
    expect(eras.map((e) => [e.from, e.to])).to.deep.equal([
      [utc(2000), utc(2010)],
      [utc(2019), utc(2024, 6)],
    ]);
    expect(indexStory(dataset).eras).to.deep.equal(eras);
    expect(prepareEras({ ...dataset, eras: undefined })).to.deep.equal([]);
  });

  it('places each era at its dates on the scale, clipped to the visible range', () => {
    const scale = scaleLinear([utc(2000), utc(2020)], [100, 1100]);
    const eras = prepareEras(dataset);
    const px = (from: number, to: number) =>
      frameEras(scale, [100, 1100], eras.map((e) => ({ ...e, from, to })).slice(0, 1))[0]?.px;
    expect(frameEras(scale, [100, 1100], eras)).to.deep.equal([
      { id: 'early', label: { en: 'Early', nl: 'Vroeg' }, px: [100, scale(utc(2010))] },
      { id: 'late', label: 'Now', px: [scale(utc(2019)), 1100] },
    ]);
    // Wholly outside: left out; less than a pixel: left out; partly inside: clipped.
    expect(px(utc(1990), utc(1995))).to.equal(undefined);
    expect(px(utc(2021), utc(2022))).to.equal(undefined);
    expect(px(utc(2005), utc(2005, 0, 2))).to.equal(undefined);
    expect(px(utc(1990), utc(2001))).to.deep.equal([100, scale(utc(2001))]);
  });

  for (const orientation of [horizontal, vertical]) {
    it(`puts the eras in the frame, along ${orientation.axis} (${orientation.name})`, () => {
      const story = indexStory(dataset);
      const pieces = storyPieces(story, 'none');
      const range: [number, number] = [20, 820];
      const frame = makeFrame(orientation, pieces, range, orientation.transform(0, 1), story.eras);
      expect(frame.eras.map((e) => e.id)).to.deep.equal(['early', 'late']);
      const [early, late] = frame.eras;
      expect(early.px[0]).to.be.closeTo(frame.scale(utc(2000)), 1e-6);
      expect(early.px[1]).to.be.closeTo(frame.scale(utc(2010)), 1e-6);
      expect(late.px[0]).to.be.closeTo(frame.scale(utc(2019)), 1e-6);
      // It runs past the last entry, so past the story's extent: clipped at the range's end.
      expect(frame.scale(utc(2024, 6))).to.be.greaterThan(820);
      expect(late.px[1]).to.equal(820);
      // Zoomed into 2021: only the ongoing era is in view, and it fills the range.
      const k = 20;
      const zoomed = makeFrame(
        orientation,
        pieces,
        range,
        orientation.transform(20 - k * frame.base(utc(2021)), k),
        story.eras,
      );
      expect(zoomed.eras.map((e) => [e.id, ...e.px])).to.deep.equal([['late', 20, 820]]);
      expect(makeFrame(orientation, pieces, range, orientation.transform(0, 1)).eras).to.deep.equal([]);
    });
  }

  it('finds the era each entry starts in, none for entries outside every era', () => {
    const story = indexStory(dataset);
    const ids = story.prepared.map((p) => p.entry.id);
    expect(ids).to.deep.equal(['before', 'a', 'b', 'gap', 'c']);
    expect(entryEras(story.prepared, story.eras).map((e) => e?.id ?? null)).to.deep.equal([
      null,
      'early',
      'early',
      null,
      'late',
    ]);
  });

  it('takes the latest-starting era an entry starts in where eras overlap', () => {
    const story = indexStory({
      ...dataset,
      eras: [
        { id: 'long', start: '2000', end: '2020', label: 'Long' },
        { id: 'inner', start: '2005', end: '2006', label: 'Inner' },
      ],
    });
    expect(entryEras(story.prepared, story.eras).map((e) => e?.id ?? null)).to.deep.equal([
      null,
      'long',
      'inner',
      'long',
      'long',
    ]);
  });
});
