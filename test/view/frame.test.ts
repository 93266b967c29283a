import { MIN_WINDOW } from '../../src/view/frame.js';
import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import { belarusStory } from '../../src/data/article-2022-10.js';
import { BREAK_WIDTH } from '../../src/layout/metrics.js';
import { horizontal, vertical } from '../../src/orientation/index.js';
import {
  frameBase,
  frameWindow,
  makeFrame,
  storyPieces,
  toTime,
  windowTransform,
} from '../../src/view/frame.js';
import { indexStory } from '../../src/view/story-index.js';
import { syntheticStory } from '../synthetic.js';
import { modelOf, utc } from './helpers.js';

const index = indexStory(belarusStory);
const pieces = storyPieces(index, 'auto');
const extent: [number, number] = [pieces[0].from, pieces[pieces.length - 1].to];

describe('frame (view/frame)', () => {
  it('breaks the built-in story’s silent years, and none with gaps="none"', () => {
    const gaps = pieces.filter((p) => p.gap);
    expect(gaps).to.have.length(1);
    // The silence between the 2001 summit and 2020 (each shrunk by half a year).
    expect(gaps[0].from).to.be.within(utc(2002), utc(2003));
    expect(gaps[0].to).to.be.within(utc(2019), utc(2020));
    expect(extent).to.deep.equal(index.extent);
    const none = storyPieces(index, 'none');
    expect(none).to.deep.equal([{ from: index.extent![0], to: index.extent![1] }]);
  });

  it('gives an empty story one year of time, so the maths stays finite', () => {
    const empty = indexStory({ ...belarusStory, entries: [] });
    const pieces = storyPieces(empty, 'auto');
    expect(pieces.map(({ from, to }) => ({ from, to }))).to.deep.equal([{ from: utc(2000), to: utc(2001) }]);
    expect(pieces[0].weight).to.be.greaterThan(0);
  });

  it('lays the break out at its fixed width, unzoomed', () => {
    const range: [number, number] = [16, 1264];
    const frame = makeFrame(horizontal, pieces, range, zoomIdentity);
    expect(frame.extent).to.deep.equal(extent);
    expect(frame.scale(extent[0])).to.be.closeTo(16, 1e-9);
    expect(frame.scale(extent[1])).to.be.closeTo(1264, 1e-9);
    expect(frame.breaks).to.have.length(1);
    const [a, b] = frame.breaks[0].px;
    expect(b - a).to.be.closeTo(BREAK_WIDTH, 1e-9);
  });

  it('never puts a tick inside a break, at any zoom, in either orientation', () => {
    for (const orientation of [horizontal, vertical]) {
      const range = orientation.range(1000, index.prepared.length);
      const base = frameBase(horizontal, pieces, range);
      for (const [from, to] of [
        [null, null],
        [utc(1999), utc(2021)],
        [utc(2001, 6), utc(2020, 6)],
        [utc(2002), utc(2019)],
      ] as const) {
        const transform = windowTransform(orientation, base, extent, from, to);
        const frame = makeFrame(orientation, pieces, range, transform);
        const [t0, t1] = frameWindow(frame).map(Number);
        for (const tick of frame.ticks) {
          for (const p of pieces.filter((q) => q.gap))
            expect(+tick <= p.from || +tick >= p.to, `${orientation.name}: ${tick.toISOString()}`).to.be.true;
          expect(+tick).to.be.within(t0 - 1, t1 + 1);
        }
        expect(frame.ticks.map(Number)).to.deep.equal(
          [...new Set(frame.ticks.map(Number))].sort((p, q) => p - q),
        );
      }
    }
  });

  it('zooms the base scale along its own axis', () => {
    const range = vertical.range(400, index.prepared.length);
    const frame = makeFrame(vertical, pieces, range, vertical.transform(-300, 2));
    const t = utc(2021, 3, 1);
    expect(frame.scale(t)).to.be.closeTo(2 * frame.base(t) - 300, 1e-6);
    // A translate along x means nothing to a vertical frame.
    const sideways = makeFrame(vertical, pieces, range, zoomIdentity.translate(-300, 0).scale(2));
    expect(sideways.scale(t)).to.be.closeTo(2 * frame.base(t), 1e-6);
  });

  describe('windowTransform', () => {
    const DAY = 864e5;
    const windows: [number, number][] = [
      [utc(2022, 2, 1), utc(2022, 11, 1)],
      [utc(2020, 8, 1), utc(2020, 9, 1)],
      [utc(1995), utc(2000)],
      // Across the break.
      [utc(2000, 6), utc(2021, 6)],
    ];

    for (const orientation of [horizontal, vertical]) {
      it(`shows exactly the asked window (${orientation.name}, the range starting at ${orientation.range(1000, 14)[0]} px)`, () => {
        const range = orientation.range(1000, index.prepared.length);
        const base = frameBase(horizontal, pieces, range);
        for (const [from, to] of windows) {
          const frame = makeFrame(
            orientation,
            pieces,
            range,
            windowTransform(orientation, base, extent, from, to),
          );
          const [start, end] = frameWindow(frame);
          expect(Math.abs(+start - from), `start of ${new Date(from).toISOString()}`).to.be.below(DAY / 24);
          expect(Math.abs(+end - to), `end of ${new Date(to).toISOString()}`).to.be.below(DAY / 24);
        }
      });
    }

    it('works on a story with no breaks and on a large synthetic one', () => {
      for (const dataset of [syntheticStory(2000, 9), belarusStory]) {
        for (const gaps of ['auto', 'none'] as const) {
          const from = utc(2021, 1, 10);
          const to = utc(2021, 4, 10);
          const model = modelOf(dataset, { orientation: vertical, width: 375, gaps, from, to });
          const [start, end] = frameWindow(model.frame!);
          expect(Math.abs(+start - from)).to.be.below(3600e3);
          expect(Math.abs(+end - to)).to.be.below(3600e3);
        }
      }
    });

    it('shows the whole story for null ends, and a window wider than the story unzoomed', () => {
      for (const orientation of [horizontal, vertical]) {
        const range = orientation.range(1000, 14);
        const base = frameBase(horizontal, pieces, range);
        const whole = windowTransform(orientation, base, extent, null, null);
        expect([whole.k, whole.x, whole.y]).to.deep.equal([1, 0, 0]);
        const wider = windowTransform(orientation, base, extent, extent[0] - 1e12, extent[1] + 1e12);
        expect(wider.k).to.equal(1);
        // Only one end given: from there to the story's end.
        const tail = windowTransform(orientation, base, extent, utc(2020), null);
        const [start, end] = frameWindow(makeFrame(orientation, pieces, range, tail));
        expect(Math.abs(+start - utc(2020))).to.be.below(3600e3);
        expect(Math.abs(+end - extent[1])).to.be.below(3600e3);
      }
    });

    it('reads a backwards window forwards, and widens an empty one to the zoom limit around it', () => {
      const base = frameBase(horizontal, pieces, [16, 1000]);
      const forwards = windowTransform(horizontal, base, extent, utc(2020), utc(2021));
      const backwards = windowTransform(horizontal, base, extent, utc(2021), utc(2020));
      expect([backwards.k, backwards.x]).to.deep.equal([forwards.k, forwards.x]);
      const day = windowTransform(horizontal, base, extent, utc(2020), utc(2020));
      const limit = windowTransform(
        horizontal,
        base,
        extent,
        utc(2020) - MIN_WINDOW / 2,
        utc(2020) + MIN_WINDOW / 2,
      );
      expect(day.k).to.be.closeTo(limit.k, 1e-6);
      expect(day.k).to.be.greaterThan(1);
    });
  });

  it('reports the window a frame shows', () => {
    const range: [number, number] = [16, 1264];
    const frame = makeFrame(horizontal, pieces, range, zoomIdentity);
    const [a, b] = frameWindow(frame).map(Number);
    expect(a).to.be.closeTo(extent[0], 1);
    expect(b).to.be.closeTo(extent[1], 1);
    const zoomed = makeFrame(horizontal, pieces, range, horizontal.transform(-16, 2));
    const [start, end] = frameWindow(zoomed).map(Number);
    expect(start).to.be.closeTo(+zoomed.scale.invert(16), 1);
    expect(end).to.be.below(extent[1]);
    expect(frameWindow(zoomed)[0]).to.be.instanceOf(Date);
  });

  it('reads a window’s ends as the start and end of partial dates', () => {
    expect(toTime('2022-02', 'start')).to.equal(utc(2022, 2, 1));
    expect(toTime('2022-02', 'end')).to.equal(utc(2022, 3, 1));
    expect(toTime('2022', 'end')).to.equal(utc(2023));
    expect(toTime(new Date(utc(2020, 5, 5)), 'end')).to.equal(utc(2020, 5, 5));
    for (const bad of [null, undefined, '', 'soon', '2022-13', new Date(NaN)])
      expect(toTime(bad, 'start'), String(bad)).to.be.null;
  });
});
