import { expect } from '@open-wc/testing';
import { entrySpan, type EntrySpan } from '../../src/dates/partial-date.js';
import { MIN_MARK, markGeometry, type MarkGeometry } from '../../src/layout/marks.js';
import { scaleUtc } from 'd3-scale';

const scaleTime = (domain: (Date | number)[], range: number[]) => scaleUtc(domain, range);

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const ASOF = '2022-10';

const span = (date: string, end?: string): EntrySpan => {
  const s = entrySpan(end === undefined ? { date } : { date, end }, ASOF);
  if (!s) throw new Error(`no span for ${date}–${end}`);
  return s;
};

/** 1990–2025 over 1000px: a year is about 28.6px, a month about 2.4px, a day about 0.08px. */
const x = scaleTime([utc(1990), utc(2025)], [0, 1000]);
const RANGE = [0, 1000] as const;
const geometry = (date: string, end?: string): MarkGeometry => {
  const g = markGeometry(span(date, end), x, RANGE);
  if (!g) throw new Error(`no geometry for ${date}–${end}`);
  return g;
};

/** Every part of the mark lies within [a, b], segments in order and not overlapping. */
function expectConsistent(g: MarkGeometry) {
  expect(g.b).to.be.greaterThan(g.a);
  expect(g.b - g.a).to.be.at.least(MIN_MARK - 1e-9);
  let previous = -Infinity;
  for (const segment of g.segments) {
    expect(segment.b).to.be.greaterThan(segment.a);
    expect(segment.a).to.be.at.least(previous - 1e-9);
    expect(segment.a).to.be.at.least(g.a - 1e-9);
    expect(segment.b).to.be.at.most(g.b + 1e-9);
    previous = segment.b;
  }
  if (g.dot !== null) expect(g.dot).to.be.within(g.a, g.b);
  if (g.openEnd !== null) expect(g.openEnd).to.be.within(g.a, g.b);
}

describe('markGeometry', () => {
  it('draws a day as a dot of MIN_MARK, without segments', () => {
    const g = geometry('2020-08-09');
    const mid = (x(utc(2020, 8, 9)) + x(utc(2020, 8, 10))) / 2;
    expect(g.dot).to.be.closeTo(mid, 1e-9);
    expect(g.segments).to.deep.equal([]);
    expect(g.openEnd).to.equal(null);
    expect(g.a).to.be.closeTo(mid - MIN_MARK / 2, 1e-9);
    expect(g.b - g.a).to.be.closeTo(MIN_MARK, 1e-9);
  });

  it('draws a year as one uncertain segment over the whole year', () => {
    const g = geometry('1994');
    expect(g.segments).to.have.length(1);
    const [segment] = g.segments;
    expect(segment.certain).to.be.false;
    expect(segment.a).to.be.closeTo(x(utc(1994)), 1e-9);
    expect(segment.b).to.be.closeTo(x(utc(1995)), 1e-9);
    expect(g.a).to.be.closeTo(segment.a, 1e-9);
    expect(g.b).to.be.closeTo(segment.b, 1e-9);
    expect(g.dot).to.equal(null);
    expect(g.openEnd).to.equal(null);
    expectConsistent(g);
  });

  it('widens a month narrower than MIN_MARK to MIN_MARK, around the month', () => {
    const natural = x(utc(2022, 3)) - x(utc(2022, 2));
    expect(natural, 'the month must be narrower than a mark for this test').to.be.lessThan(MIN_MARK);
    const g = geometry('2022-02');
    expect(g.segments).to.have.length(1);
    const [segment] = g.segments;
    expect(segment.certain).to.be.false;
    expect(segment.b - segment.a).to.be.closeTo(MIN_MARK, 1e-9);
    expect((segment.a + segment.b) / 2).to.be.closeTo((x(utc(2022, 2)) + x(utc(2022, 3))) / 2, 1e-9);
    expect(g.b - g.a).to.be.closeTo(MIN_MARK, 1e-9);
    expect(g.dot).to.equal(null);
  });

  it('keeps a month wider than MIN_MARK at its own width', () => {
    const zoomed = scaleTime([utc(2022, 1), utc(2023, 1)], [0, 1000]);
    const g = markGeometry(span('2022-02'), zoomed, RANGE)!;
    expect(g.segments).to.have.length(1);
    expect(g.segments[0].a).to.be.closeTo(zoomed(utc(2022, 2)), 1e-9);
    expect(g.segments[0].b).to.be.closeTo(zoomed(utc(2022, 3)), 1e-9);
  });

  it('draws an ongoing period from a year: uncertain for that year, certain to the end of asOf, open', () => {
    const g = geometry('1994', 'ongoing');
    expect(g.segments).to.have.length(2);
    const [first, second] = g.segments;
    expect(first.certain).to.be.false;
    expect(first.a).to.be.closeTo(x(utc(1994)), 1e-9);
    expect(first.b).to.be.closeTo(x(utc(1995)), 1e-9);
    expect(second.certain).to.be.true;
    expect(second.a).to.be.closeTo(x(utc(1995)), 1e-9);
    // asOf '2022-10' ends on 1 November 2022.
    expect(second.b).to.be.closeTo(x(utc(2022, 11)), 1e-9);
    expect(g.openEnd).to.be.closeTo(x(utc(2022, 11)), 1e-9);
    // The arrow has room past the open end.
    expect(g.b).to.be.greaterThan(g.openEnd!);
    expect(g.dot).to.equal(null);
    expectConsistent(g);
  });

  it('draws a period between days as one certain segment', () => {
    const g = geometry('2014-03-18', '2020-08-09');
    expect(g.segments).to.have.length(1);
    expect(g.segments[0].certain).to.be.true;
    expect(g.segments[0].a).to.be.closeTo(x(utc(2014, 3, 18)), 1e-9);
    // The end day is included: the segment runs to the next midnight.
    expect(g.segments[0].b).to.be.closeTo(x(utc(2020, 8, 10)), 1e-9);
    expect(g.openEnd).to.equal(null);
    expect(g.dot).to.equal(null);
    expectConsistent(g);

    const ongoing = geometry('2022-02-24', 'ongoing');
    expect(ongoing.segments.map((s) => s.certain)).to.deep.equal([true]);
    expect(ongoing.openEnd).to.be.closeTo(x(utc(2022, 11)), 1e-9);
  });

  it('draws a period between years as uncertain ends around a certain middle', () => {
    const g = geometry('2000', '2005');
    expect(g.segments.map((s) => s.certain)).to.deep.equal([false, true, false]);
    const edges = g.segments.flatMap((s) => [s.a, s.b]);
    const expected = [utc(2000), utc(2001), utc(2001), utc(2005), utc(2005), utc(2006)].map((ms) => x(ms));
    edges.forEach((edge, i) => expect(edge).to.be.closeTo(expected[i], 1e-9));
    expectConsistent(g);
  });

  it('draws a period within one year as uncertain only, without overlapping segments', () => {
    const g = geometry('2020', '2020');
    expect(g.segments.every((s) => !s.certain)).to.be.true;
    expect(g.segments[0].a).to.be.closeTo(x(utc(2020)), 1e-9);
    expect(g.segments[g.segments.length - 1].b).to.be.closeTo(x(utc(2021)), 1e-9);
    expectConsistent(g);
  });

  it('leaves out entries wholly outside the range', () => {
    expect(markGeometry(span('1980'), x, RANGE)).to.equal(null);
    expect(markGeometry(span('1970', '1985'), x, RANGE)).to.equal(null);
    expect(markGeometry(span('2031-05-01'), x, RANGE)).to.equal(null);
    expect(markGeometry(span('2030', '2031'), x, RANGE)).to.equal(null);
    // Partly inside: drawn.
    expect(markGeometry(span('1985', 'ongoing'), x, RANGE)).not.to.equal(null);
    expect(markGeometry(span('2024', '2026'), x, RANGE)).not.to.equal(null);
  });

  it('clips segments and the open end just past the range edges', () => {
    // Zoomed in on the first half of 2022, drawn between 100px and 900px.
    const zoomed = scaleTime([utc(2022, 1), utc(2022, 7)], [100, 900]);
    const range = [100, 900] as const;
    const g = markGeometry(span('1994', 'ongoing'), zoomed, range)!;
    expect(g).not.to.equal(null);
    // Unclipped, 1994 would start some 45,000px to the left and asOf end some 500px to the right.
    expect(zoomed(utc(1994))).to.be.lessThan(-40000);
    expect(zoomed(utc(2022, 11))).to.be.greaterThan(1400);
    // 1994 itself is far off screen: only the certain part remains, running past both edges.
    expect(g.segments).to.have.length(1);
    const [segment] = g.segments;
    expect(segment.certain).to.be.true;
    expect(segment.a).to.be.below(range[0]);
    expect(segment.a).to.be.at.least(range[0] - 2 * MIN_MARK - 1);
    expect(segment.b).to.be.above(range[1]);
    expect(segment.b).to.be.at.most(range[1] + 2 * MIN_MARK + 1);
    expect(g.openEnd).to.be.above(range[1]);
    expect(g.openEnd).to.be.at.most(range[1] + 2 * MIN_MARK + 1);
    expectConsistent(g);

    // A period that straddles the left edge is cut there too.
    const straddling = markGeometry(span('2021-12', '2022-02'), zoomed, range)!;
    expect(straddling.segments[0].a).to.be.below(range[0]);
    expect(straddling.segments[0].a).to.be.at.least(range[0] - 2 * MIN_MARK - 1);
    expect(zoomed(utc(2021, 12))).to.be.lessThan(range[0] - 2 * MIN_MARK - 1);
    expectConsistent(straddling);
  });
});
