import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import { formatTick } from '../../src/dates/tick-format.js';
import {
  baseScale,
  scaleBreaks,
  scaleTicks,
  stretches,
  zoomed,
  type Stretch,
} from '../../src/scale/time-scale.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));
const gap = { start: utc(2001, 7), end: utc(2019, 7), from: utc(2001), to: utc(2020) };
const extent: [number, number] = [utc(1994), utc(2023)];
const pieces = stretches(extent, [gap]);
const range: [number, number] = [0, 1000];

describe('time scale (a d3 scale with a polylinear domain)', () => {
  it('lays each gap as a break of fixed width, the rest linear by duration', () => {
    const x = baseScale(pieces, range, 50);
    expect(x(gap.end) - x(gap.start)).to.be.closeTo(50, 1e-9);
    // One shared rate outside the break: a year in 1995 is as wide as a year in 2021.
    const year1995 = x(utc(1996)) - x(utc(1995));
    const year2021 = x(utc(2022)) - x(utc(2021));
    expect(year1995).to.be.closeTo(year2021, 1e-6);
    expect(x(extent[0])).to.equal(0);
    expect(x(extent[1])).to.be.closeTo(1000, 1e-9);
  });

  it('never lets breaks take more than half the range', () => {
    const x = baseScale(pieces, [0, 60], 50);
    expect(x(gap.end) - x(gap.start)).to.be.at.most(30);
  });

  it('round-trips through invert, in segments and inside breaks', () => {
    const x = baseScale(pieces, range, 50);
    for (const t of [utc(1995, 3, 4), utc(2010), utc(2022, 10, 10)]) {
      expect(Math.abs(+x.invert(x(t)) - t)).to.be.below(2);
    }
  });

  it('zooms as k × base(t) + x, keeping every stop on its date (rescaleX would not)', () => {
    const base = baseScale(pieces, range, 50);
    const t = zoomIdentity.translate(-700, 0).scale(3);
    const z = zoomed(base, t, 'x');
    for (const d of [utc(1995), gap.start, utc(2010), gap.end, utc(2022, 2, 24)]) {
      expect(z(d)).to.be.closeTo(t.applyX(base(d)), 1e-6);
    }
    // The break keeps its dates: three times as wide, still from gap.start to gap.end.
    expect(z(gap.end) - z(gap.start)).to.be.closeTo(150, 1e-6);
    // d3-zoom's rescaleX re-derives the domain from the range: the break's stops move to other dates.
    const rescaled = t.rescaleX(base);
    expect(+z.domain()[1]).to.equal(gap.start);
    expect(Math.abs(+rescaled.domain()[1] - gap.start)).to.be.greaterThan(864e5);
  });

  it('zooms along y for the vertical layout', () => {
    const base = baseScale(pieces, [18, 900], 50);
    const t = zoomIdentity.translate(0, -200).scale(2);
    const z = zoomed(base, t, 'y');
    expect(z(utc(2021))).to.be.closeTo(t.applyY(base(utc(2021))), 1e-6);
  });

  it('lists the breaks that reach into the range, with their pixels', () => {
    const x = baseScale(pieces, range, 50);
    const [b] = scaleBreaks(x, pieces, range);
    expect(b.gap).to.equal(gap);
    expect(b.px[1] - b.px[0]).to.be.closeTo(50, 1e-9);
    const far = zoomed(x, zoomIdentity.translate(-5000, 0).scale(6), 'x');
    expect(scaleBreaks(far, pieces, range)).to.deep.equal([]);
  });

  it('spreads the range by weight when stretches have one', () => {
    const weighted: Stretch[] = [
      { from: utc(2000), to: utc(2010), weight: 1 },
      { from: utc(2010), to: utc(2011), weight: 3 },
    ];
    const x = baseScale(weighted, range, 50);
    expect(x(utc(2010))).to.be.closeTo(250, 1e-9);
  });

  it('copes with one instant and with no gaps', () => {
    const one = baseScale(stretches([utc(2022), utc(2022)], []), range, 50);
    expect(Number.isFinite(one(utc(2022)))).to.equal(true);
    const plain = baseScale(stretches(extent, []), range, 50);
    expect(plain(utc(2008, 7, 2))).to.be.closeTo(500, 1);
  });
});

describe('ticks (d3-time, per stretch)', () => {
  const plain = (from: number, to: number, width = 1000) => {
    const p = stretches([from, to], []);
    return scaleTicks(baseScale(p, [0, width], 0), p, [0, width], 100);
  };

  it('decades, years, months and days as the window shrinks, labelled for the zoom level', () => {
    const decades = plain(utc(1990), utc(2025), 400);
    expect(iso(decades)).to.deep.equal(['1990-01-01', '2000-01-01', '2010-01-01', '2020-01-01']);
    expect(decades.map((t) => formatTick(t, 'nl', decades))).to.deep.equal(['1990', '2000', '2010', '2020']);
    const years = plain(utc(2015), utc(2023));
    expect(years.map((t) => formatTick(t, 'en', years))).to.deep.equal([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    const months = plain(utc(2022, 4, 15), utc(2022, 10, 15), 600);
    expect(months.map((t) => formatTick(t, 'nl', months))).to.deep.equal([
      'mei 2022',
      'jun',
      'jul',
      'aug',
      'sep',
      'okt',
    ]);
    expect(months.map((t) => formatTick(t, 'en', months))).to.deep.equal([
      'May 2022',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
    ]);
    const days = plain(utc(2022, 10, 3), utc(2022, 10, 6), 300);
    expect(days.map((t) => formatTick(t, 'nl', days))).to.deep.equal([
      '3 okt 2022',
      '4 okt',
      '5 okt',
      '6 okt',
    ]);
    expect(days.map((t) => formatTick(t, 'en', days))).to.deep.equal([
      'Oct 3, 2022',
      'Oct 4',
      'Oct 5',
      'Oct 6',
    ]);
  });

  it('never goes finer than a day', () => {
    expect(iso(plain(utc(2022, 10, 9), utc(2022, 10, 12), 5000))).to.deep.equal([
      '2022-10-09',
      '2022-10-10',
      '2022-10-11',
      '2022-10-12',
    ]);
  });

  it('puts no tick inside a break, and gives each stretch ticks by its pixels', () => {
    const x = baseScale(pieces, range, 50);
    const ticks = scaleTicks(x, pieces, range, 100);
    expect(ticks.some((t) => +t > gap.start && +t < gap.end)).to.equal(false);
    expect(ticks.some((t) => +t < gap.start)).to.equal(true);
    expect(ticks.some((t) => +t > gap.end)).to.equal(true);
  });

  it('stays within years 1 to 9999', () => {
    const wide = plain(
      new Date(0).setUTCFullYear(1, 0, 1) - 400 * 365 * 864e5,
      new Date(0).setUTCFullYear(10400, 0, 1),
    );
    const years = wide.map((t) => t.getUTCFullYear());
    expect(Math.min(...years)).to.be.at.least(1);
    expect(Math.max(...years)).to.be.at.most(9999);
  });
});
