import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { candidates, countBins, emptyTimeIndex, setEntry, type TimeIndex } from '../../src/layout/lod.js';

/** The index of `spans` in any order, as the story index fills one: by start, ties by ref. */
function buildTimeIndex(spans: readonly { from: number; to: number; ref: number }[]): TimeIndex {
  const index = emptyTimeIndex(spans.length);
  [...spans]
    .sort((a, b) => a.from - b.from || a.ref - b.ref)
    .forEach((s, i) => setEntry(index, i, s.from, s.to, s.ref));
  return index;
}

const spans = [
  { from: 30, to: 40, ref: 0 },
  { from: 10, to: 100, ref: 1 },
  { from: 20, to: 25, ref: 2 },
  { from: 10, to: 12, ref: 3 },
  { from: 50, to: 51, ref: 4 },
];

/** Random spans: starts and lengths in a small range, so that many overlap and tie. */
const arbitrarySpans = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 80 })), { maxLength: 60 })
  .map((pairs) => pairs.map(([from, length], ref) => ({ from, to: from + length, ref })));

describe('level of detail (layout/lod)', () => {
  describe('emptyTimeIndex and setEntry', () => {
    it('keep each entry’s end and ref beside its start, in typed arrays', () => {
      const index = emptyTimeIndex(2);
      setEntry(index, 0, 10, 100, 7);
      setEntry(index, 1, 20, 25, 3);
      expect([...index.from]).to.deep.equal([10, 20]);
      expect([...index.to]).to.deep.equal([100, 25]);
      expect([...index.ref]).to.deep.equal([7, 3]);
      expect(index.from).to.be.instanceOf(Float64Array);
      expect(index.ref).to.be.instanceOf(Int32Array);
    });

    it('keep the running maximum of the ends', () => {
      expect([...buildTimeIndex(spans).maxTo]).to.deep.equal([100, 100, 100, 100, 100]);
      const rising = buildTimeIndex([
        { from: 0, to: 5, ref: 0 },
        { from: 1, to: 3, ref: 1 },
        { from: 2, to: 9, ref: 2 },
      ]);
      expect([...rising.maxTo]).to.deep.equal([5, 5, 9]);
    });

    it('take an empty index', () => {
      const empty = emptyTimeIndex(0);
      expect(empty.from.length).to.equal(0);
      expect(candidates(empty, 0, 10)).to.deep.equal([0, 0]);
      expect(countBins(empty, [0, 10, 20])).to.deep.equal([]);
    });
  });

  describe('candidates', () => {
    it('spans exactly the positions that may touch the window', () => {
      const index = buildTimeIndex([
        { from: 0, to: 5, ref: 0 },
        { from: 6, to: 8, ref: 1 },
        { from: 20, to: 30, ref: 2 },
        { from: 40, to: 41, ref: 3 },
      ]);
      // Entries that ended before 10: not candidates; entries that start after 25: not either.
      expect(candidates(index, 10, 25)).to.deep.equal([2, 3]);
      expect(candidates(index, 0, 100)).to.deep.equal([0, 4]);
      expect(candidates(index, 31, 39)).to.deep.equal([3, 3]);
      // Touching counts: an end at t0, a start at t1.
      expect(candidates(index, 8, 20)).to.deep.equal([1, 3]);
    });

    it('keeps an early long entry in reach (the running maximum of ends)', () => {
      const index = buildTimeIndex([
        { from: 0, to: 1000, ref: 0 },
        { from: 10, to: 11, ref: 1 },
        { from: 900, to: 901, ref: 2 },
      ]);
      expect(candidates(index, 500, 600)).to.deep.equal([0, 2]);
    });

    it('never leaves out an entry that touches the window (property)', () => {
      fc.assert(
        fc.property(
          arbitrarySpans,
          fc.integer({ min: -10, max: 300 }),
          fc.integer({ min: 0, max: 100 }),
          (s, t0, w) => {
            const t1 = t0 + w;
            const index = buildTimeIndex(s);
            const [lo, hi] = candidates(index, t0, t1);
            for (let i = 0; i < index.from.length; i++) {
              const touches = index.to[i] >= t0 && index.from[i] <= t1;
              if (touches && (i < lo || i >= hi)) return false;
              // Past `hi` everything starts after the window.
              if (i >= hi && index.from[i] <= t1) return false;
            }
            return lo <= hi || index.from.length === 0;
          },
        ),
      );
    });
  });

  describe('countBins', () => {
    const index = buildTimeIndex(spans);

    it('counts the entries that start in each [start, end), leaving empty stretches out', () => {
      expect(countBins(index, [0, 10, 20, 30, 40, 50, 60])).to.deep.equal([
        { start: 10, end: 20, lo: 0, hi: 2 },
        { start: 20, end: 30, lo: 2, hi: 3 },
        { start: 30, end: 40, lo: 3, hi: 4 },
        { start: 50, end: 60, lo: 4, hi: 5 },
      ]);
    });

    it('counts by start only: a long entry from before the first edge is in no bin', () => {
      const bins = countBins(index, [15, 35]);
      expect(bins).to.deep.equal([{ start: 15, end: 35, lo: 2, hi: 4 }]);
      expect(countBins(index, [60, 70])).to.deep.equal([]);
      expect(countBins(index, [0])).to.deep.equal([]);
    });

    it('puts each entry that starts between the first and last edge in exactly one bin (property)', () => {
      fc.assert(
        fc.property(
          arbitrarySpans,
          fc.uniqueArray(fc.integer({ min: -10, max: 300 }), { minLength: 2, maxLength: 12 }),
          (s, raw) => {
            const edges = [...raw].sort((a, b) => a - b);
            const idx = buildTimeIndex(s);
            const bins = countBins(idx, edges);
            const counted = bins.reduce((n, b) => n + (b.hi - b.lo), 0);
            const expected = s.filter((x) => x.from >= edges[0] && x.from < edges[edges.length - 1]).length;
            if (counted !== expected) return false;
            return bins.every(
              (b) =>
                b.hi > b.lo && [...idx.from.subarray(b.lo, b.hi)].every((f) => f >= b.start && f < b.end),
            );
          },
        ),
      );
    });
  });
});
