import { expect } from '@open-wc/testing';
import { packIntervals, type Interval } from '../../src/layout/pack.js';
import { prng } from '../synthetic.js';

/** `count` non-empty intervals sorted by start, on a coarse grid so that touching ends come up often. */
function randomIntervals(random: () => number, count: number): Interval[] {
  return Array.from({ length: count }, () => {
    const a = Math.floor(random() * 60);
    return { a, b: a + 1 + Math.floor(random() * 15) };
  }).sort((p, q) => p.a - q.a);
}

/**
 * The most intervals that pairwise conflict (`gap` apart or less), by brute force: with a gap, an
 * interval blocks [a, b + gap), and the largest clique of an interval graph is the deepest point.
 */
function maxOverlap(intervals: readonly Interval[], gap: number): number {
  let best = 0;
  for (const { a: point } of intervals) {
    const depth = intervals.filter(({ a, b }) => a <= point && point < b + gap).length;
    best = Math.max(best, depth);
  }
  return best;
}

describe('packIntervals', () => {
  it('puts each interval in the first track that is free', () => {
    const tracks = packIntervals([
      { a: 0, b: 10 },
      { a: 2, b: 4 },
      { a: 5, b: 8 },
      { a: 11, b: 20 },
      { a: 12, b: 13 },
    ]);
    // [5, 8] fits after [2, 4] in track 1; [11, 20] goes back to track 0, which is free again.
    expect(tracks).to.deep.equal([0, 1, 1, 0, 1]);
  });

  it('returns nothing for nothing', () => {
    expect(packIntervals([])).to.deep.equal([]);
  });

  it('lets intervals that touch share a track when the gap is 0', () => {
    expect(
      packIntervals([
        { a: 0, b: 5 },
        { a: 5, b: 9 },
        { a: 9, b: 9 },
      ]),
    ).to.deep.equal([0, 0, 0]);
  });

  it('keeps intervals at least `gap` apart in a track', () => {
    const intervals = [
      { a: 0, b: 5 },
      { a: 7, b: 9 },
      { a: 12, b: 14 },
    ];
    // 2 apart, then 3 apart.
    expect(packIntervals(intervals, 3)).to.deep.equal([0, 1, 0]);
    expect(packIntervals(intervals, 2)).to.deep.equal([0, 0, 0]);
    expect(packIntervals(intervals, 4)).to.deep.equal([0, 1, 0]);
    expect(packIntervals(intervals, 8)).to.deep.equal([0, 1, 2]);
  });

  it('uses as many tracks as the deepest overlap and never overlaps within a track (200 seeded cases)', () => {
    const random = prng(20221010);
    for (let run = 0; run < 200; run++) {
      const intervals = randomIntervals(random, 1 + Math.floor(random() * 30));
      const gap = run % 3 === 0 ? 0 : Math.floor(random() * 4);
      const tracks = packIntervals(intervals, gap);
      const context = `case ${run}: gap ${gap}, ${JSON.stringify(intervals)} → ${JSON.stringify(tracks)}`;

      expect(tracks, context).to.have.length(intervals.length);
      expect(new Set(tracks).size, context).to.equal(maxOverlap(intervals, gap));
      // Track numbers are dense: a new track opens only as the next one.
      expect(Math.max(...tracks) + 1, context).to.equal(new Set(tracks).size);

      for (let i = 0; i < intervals.length; i++) {
        for (let j = i + 1; j < intervals.length; j++) {
          if (tracks[i] !== tracks[j]) continue;
          const [p, q] = [intervals[i], intervals[j]];
          const apart = p.b + gap <= q.a || q.b + gap <= p.a;
          expect(apart, `${context}: #${i} and #${j} share track ${tracks[i]}`).to.be.true;
        }
      }
    }
  });
});
