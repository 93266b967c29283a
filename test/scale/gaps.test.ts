import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/index.js';
import { entrySpan, parsePartialDate, type EntrySpan } from '../../src/dates/partial-date.js';
import { gapLabel } from '../../src/scale/gap-label.js';
import { findGaps, storyActivity, type Activity } from '../../src/scale/gaps.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 864e5;
const YEAR = 365.2425 * DAY;

/** The story's activity and extent, padded as the element pads it. */
function story() {
  const spans = belarusStory.entries
    .map((entry) => entrySpan(entry, belarusStory.asOf))
    .filter((s): s is EntrySpan => s !== null)
    .sort((a, b) => a.from - b.from);
  const from = Math.min(...spans.map((s) => +s.from));
  const to = Math.max(...spans.map((s) => +s.to));
  const pad = Math.max(DAY * 30, (to - from) * 0.03);
  return { activity: storyActivity(spans), extent: [from - pad, to + pad] as [number, number] };
}

/** The activity of a year-precision point. */
const year = (y: string): Activity => {
  const date = parsePartialDate(y)!;
  return { from: +date.start, to: +date.end };
};

describe('storyActivity', () => {
  it('is the start date of a point or an ongoing period', () => {
    expect(storyActivity([entrySpan({ date: '2001' }, '2022-10')!])).to.deep.equal([
      { from: utc(2001), to: utc(2002) },
    ]);
    expect(storyActivity([entrySpan({ date: '1994', end: 'ongoing' }, '2022-10')!])).to.deep.equal([
      { from: utc(1994), to: utc(1995) },
    ]);
  });

  it('adds the end date of a period that ends, but not its inside', () => {
    expect(storyActivity([entrySpan({ date: '2020-08-09', end: '2021-03' }, '2022-10')!])).to.deep.equal([
      { from: utc(2020, 8, 9), to: utc(2020, 8, 10) },
      { from: utc(2021, 3), to: utc(2021, 4) },
    ]);
  });

  it('comes in order of start when ends and later starts interleave', () => {
    const spans = [
      entrySpan({ date: '2000', end: '2010' }, '2022')!,
      entrySpan({ date: '2003', end: '2005' }, '2022')!,
      entrySpan({ date: '2008' }, '2022')!,
      entrySpan({ date: '2012' }, '2022')!,
    ];
    expect(storyActivity(spans).map((a) => new Date(a.from).getUTCFullYear())).to.deep.equal([
      2000, 2003, 2005, 2008, 2010, 2012,
    ]);
  });
});

describe('findGaps', () => {
  it('finds one gap in the built-in story: 2001 → 2020, "19 jaar"', () => {
    const { activity, extent } = story();
    const gaps = findGaps(activity, extent);
    expect(gaps).to.have.length(1);
    const [gap] = gaps;
    // The silence runs from the end of 2001 to the start of 2020, less half a year at each end.
    expect(gap.start).to.be.closeTo(utc(2002) + YEAR / 2, 1);
    expect(gap.end).to.be.closeTo(utc(2020) - YEAR / 2, 1);
    expect(new Date(gap.start).getUTCFullYear()).to.equal(2002);
    expect(new Date(gap.end).getUTCFullYear()).to.equal(2019);
    // Labels count between the entries either side: 2001 → 2020.
    expect([gap.from, gap.to]).to.deep.equal([utc(2001), utc(2020)]);
    expect(gapLabel(gap, 'nl')).to.equal('19 jaar');
    expect(gapLabel(gap, 'en')).to.equal('19 years');
  });

  it('needs no period to end: the inside of a long period is not activity', () => {
    // Coverage would see 1994 → 2022 as one covered stretch; activity sees the silence.
    const lukashenko = entrySpan({ date: '1994', end: 'ongoing' }, '2022-10')!;
    expect(+lukashenko.to).to.equal(utc(2022, 11));
    const activity = [...storyActivity([lukashenko]), year('2022')];
    const gaps = findGaps(activity, [utc(1994), utc(2023)]);
    expect(gaps).to.have.length(1);
    expect(gapLabel(gaps[0], 'en')).to.equal('28 years');
  });

  it('finds none when the stretches are small', () => {
    const activity = ['1994', '2000', '2004', '2008', '2012', '2016', '2020'].map(year);
    expect(findGaps(activity, [utc(1993), utc(2022)])).to.deep.equal([]);
    // 1995 → 2000 is exactly five years of 365 and 366 days: not longer than the default five years.
    expect(findGaps(['1994', '2000'].map(year), [utc(1994), utc(2001)], { fraction: 0 })).to.deep.equal([]);
    expect(findGaps([], [utc(1994), utc(2001)])).to.deep.equal([]);
    expect(findGaps([year('2000')], [utc(1900), utc(2100)])).to.deep.equal([]);
  });

  it('needs a gap to be long against the extent too', () => {
    const activity = ['1950', '1960', '2020'].map(year);
    const extent: [number, number] = [utc(1950), utc(2021)];
    // 1961 → 2020 is 59 of 71 years; 1951 → 1960 is nine: over five years, under a quarter.
    expect(findGaps(activity, extent).map((g) => gapLabel(g, 'en'))).to.deep.equal(['60 years']);
    expect(findGaps(activity, extent, { fraction: 0.1 })).to.have.length(2);
    expect(findGaps(activity, extent, { minGap: 70 * YEAR })).to.deep.equal([]);
  });

  it('treats the edges of the extent as padding, not gaps', () => {
    const gaps = findGaps(['2000', '2001'].map(year), [utc(1900), utc(2100)], { minGap: 0, fraction: 0 });
    expect(gaps).to.deep.equal([]);
  });

  it('shrinks gaps by a margin, at most a tenth of their length, and sorts them', () => {
    const activity = ['2020', '2000', '1980'].map(year);
    const gaps = findGaps(activity, [utc(1980), utc(2021)], { fraction: 0 });
    expect(gaps.map((g) => new Date(g.start).getUTCFullYear())).to.deep.equal([1981, 2001]);
    expect(gaps[0].start).to.be.closeTo(utc(1981) + YEAR / 2, 1);
    const short = findGaps([year('2000'), { from: utc(2002), to: utc(2002) + DAY }], [utc(2000), utc(2003)], {
      minGap: 0,
      fraction: 0,
    });
    expect(short).to.have.length(1);
    expect(short[0].start).to.be.closeTo(utc(2001) + (utc(2002) - utc(2001)) / 10, 1);
    expect(short[0].end).to.be.closeTo(utc(2002) - (utc(2002) - utc(2001)) / 10, 1);
  });

  it('clips gaps to the extent and skips invalid activity', () => {
    const activity = [year('1990'), { from: NaN, to: NaN }, year('2020')];
    const [gap] = findGaps(activity, [utc(2000), utc(2010)], { fraction: 0 });
    expect([gap.start, gap.end]).to.deep.equal([utc(2000), utc(2010)]);
    expect(findGaps(activity, [utc(2022), utc(2022)], { fraction: 0 })).to.have.length(0);
  });

  it('merges overlapping activity', () => {
    const activity = [{ from: utc(1990), to: utc(2012) }, year('2000'), year('2020')];
    const [gap] = findGaps(activity, [utc(1990), utc(2021)]);
    expect(gap.start).to.be.closeTo(utc(2012) + YEAR / 2, 1);
    // From the latest start before the gap.
    expect(gap.from).to.equal(utc(2000));
  });
});
