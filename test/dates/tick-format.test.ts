import { expect } from '@open-wc/testing';
import type { Lang } from '../../src/data/types.js';
import { formatTick, tickUnit } from '../../src/dates/tick-format.js';

/** UTC midnight; years below 100 stay themselves (Date.UTC would add 1900). */
const utc = (y: number, m = 1, d = 1) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
};
const labels = (ticks: Date[], lang: Lang) => ticks.map((t) => formatTick(t, lang, ticks));
const days = (y: number, m: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => utc(y, m, from + i));

// Tick lists are written out, as d3-time's UTC intervals give them for each zoom level: these tests
// are about labels, not about which ticks a window gets (that is ticks.test.ts).
describe('tickUnit', () => {
  it('finds the coarsest UTC boundary a date sits on', () => {
    expect(tickUnit(utc(2022))).to.equal('year');
    expect(tickUnit(utc(2022, 10, 1))).to.equal('month');
    expect(tickUnit(utc(2022, 10, 10))).to.equal('day');
    expect(tickUnit(utc(2022, 1, 2))).to.equal('day');
    expect(tickUnit(utc(1))).to.equal('year');
    expect(tickUnit(utc(9999, 12, 1))).to.equal('month');
    expect(tickUnit(utc(9999, 12, 31))).to.equal('day');
  });

  it('reads a time past midnight as a day, not a boundary', () => {
    expect(tickUnit(new Date(Date.UTC(2022, 0, 1, 6)))).to.equal('day');
    expect(tickUnit(new Date(Date.UTC(2022, 9, 1, 0, 0, 1)))).to.equal('day');
  });
});

describe('formatTick', () => {
  it('labels decade ticks as years', () => {
    const ticks = [1990, 2000, 2010, 2020].map((y) => utc(y));
    for (const lang of ['nl', 'en'] as const) {
      expect(labels(ticks, lang)).to.deep.equal(['1990', '2000', '2010', '2020']);
    }
  });

  it('labels year ticks as years', () => {
    const ticks = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((y) => utc(y));
    for (const lang of ['nl', 'en'] as const) {
      expect(labels(ticks, lang)).to.deep.equal(ticks.map((t) => String(t.getUTCFullYear())));
    }
  });

  it('labels month ticks with short names without a dot, the new year with its number', () => {
    const ticks = [...Array.from({ length: 12 }, (_, i) => utc(2022, i + 1)), utc(2023)];
    expect(labels(ticks, 'nl')).to.deep.equal([
      '2022',
      'feb',
      'mrt',
      'apr',
      'mei',
      'jun',
      'jul',
      'aug',
      'sep',
      'okt',
      'nov',
      'dec',
      '2023',
    ]);
    expect(labels(ticks, 'en')).to.deep.equal([
      '2022',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      '2023',
    ]);
  });

  it('labels quarter ticks across a new year', () => {
    const ticks = [utc(2022, 4), utc(2022, 7), utc(2022, 10), utc(2023), utc(2023, 4)];
    expect(labels(ticks, 'nl')).to.deep.equal(['apr', 'jul', 'okt', '2023', 'apr']);
    expect(labels(ticks, 'en')).to.deep.equal(['Apr', 'Jul', 'Oct', '2023', 'Apr']);
  });

  it('labels day ticks with day and short month, a month start with the month', () => {
    const ticks = [...days(2022, 9, 26, 30), ...days(2022, 10, 1, 10)];
    const nl = labels(ticks, 'nl');
    const en = labels(ticks, 'en');
    expect(nl).to.deep.equal([
      '26 sep 2022',
      '27 sep',
      '28 sep',
      '29 sep',
      '30 sep',
      'okt',
      '2 okt',
      '3 okt',
      '4 okt',
      '5 okt',
      '6 okt',
      '7 okt',
      '8 okt',
      '9 okt',
      '10 okt',
    ]);
    expect(en.slice(0, 7)).to.deep.equal([
      'Sep 26, 2022',
      'Sep 27',
      'Sep 28',
      'Sep 29',
      'Sep 30',
      'Oct',
      'Oct 2',
    ]);
    expect(en.at(-1)).to.equal('Oct 10');
  });

  it('labels week ticks as days', () => {
    const ticks = [utc(2022, 2, 20), utc(2022, 2, 27), utc(2022, 3, 6), utc(2022, 3, 13)];
    expect(labels(ticks, 'nl')).to.deep.equal(['20 feb 2022', '27 feb', '6 mrt', '13 mrt']);
    expect(labels(ticks, 'en')).to.deep.equal(['Feb 20, 2022', 'Feb 27', 'Mar 6', 'Mar 13']);
  });

  it('crosses Dec 31 → Jan 1: the new year is the label, no tick repeats the year', () => {
    const ticks = [...days(2022, 12, 29, 31), ...days(2023, 1, 1, 2)];
    expect(labels(ticks, 'nl')).to.deep.equal(['29 dec', '30 dec', '31 dec', '2023', '2 jan']);
    expect(labels(ticks, 'en')).to.deep.equal(['Dec 29', 'Dec 30', 'Dec 31', '2023', 'Jan 2']);
  });

  it('names the year on the first tick when no tick does', () => {
    const months = [4, 5, 6, 7, 8, 9].map((m) => utc(2022, m));
    expect(labels(months, 'nl')).to.deep.equal(['apr 2022', 'mei', 'jun', 'jul', 'aug', 'sep']);
    expect(labels(months, 'en')).to.deep.equal(['Apr 2022', 'May', 'Jun', 'Jul', 'Aug', 'Sep']);
    const march = [utc(2022, 3), ...days(2022, 3, 2, 3)];
    expect(labels(march, 'nl')).to.deep.equal(['mrt 2022', '2 mrt', '3 mrt']);
    const october = days(2022, 10, 10, 12);
    expect(labels(october, 'nl')).to.deep.equal(['10 okt 2022', '11 okt', '12 okt']);
    expect(labels(october, 'en')).to.deep.equal(['Oct 10, 2022', 'Oct 11', 'Oct 12']);
    // Only the first tick of the set: the same date elsewhere, or alone, stays short.
    expect(formatTick(october[1], 'en', october)).to.equal('Oct 11');
    expect(formatTick(october[0], 'en', [])).to.equal('Oct 10');
  });

  it('labels year 1 and year 9999 in full, never padded', () => {
    expect(formatTick(utc(1), 'nl')).to.equal('1');
    expect(formatTick(utc(9999), 'en')).to.equal('9999');
    expect(labels([utc(1), utc(1, 2), utc(1, 3)], 'en')).to.deep.equal(['1', 'Feb', 'Mar']);
    expect(labels([utc(1, 3), utc(1, 4)], 'nl')).to.deep.equal(['mrt 1', 'apr']);
    expect(labels([utc(99, 12, 31), utc(100)], 'nl')).to.deep.equal(['31 dec', '100']);
    expect(labels(days(9999, 12, 30, 31), 'nl')).to.deep.equal(['30 dec 9999', '31 dec']);
    expect(labels(days(9999, 12, 30, 31), 'en')).to.deep.equal(['Dec 30, 9999', 'Dec 31']);
  });

  it('has no dot in any label, in any month', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (let m = 1; m <= 12; m++) {
        for (const ticks of [[utc(2022, m)], [utc(2022, m, 15)], [utc(2022, m, 15), utc(2022, m, 16)]]) {
          const label = formatTick(ticks[0], lang, ticks);
          expect(label, `${lang} ${ticks[0].toISOString()}`).to.match(/^[\p{L}\d ,]+$/u);
        }
      }
    }
  });

  it('labels the UTC day whatever the time zone', () => {
    // A UTC midnight is the previous evening west of UTC: the label is still its UTC day.
    expect(formatTick(utc(2022, 12, 31), 'en')).to.equal('Dec 31');
    expect(formatTick(utc(2023, 1, 1), 'en')).to.equal('2023');
    expect(formatTick(utc(2022, 10, 1), 'nl')).to.equal('okt');
    expect(formatTick(new Date(Date.UTC(2022, 9, 10, 23, 59)), 'nl')).to.equal('10 okt');
  });

  it('gives an empty string for an invalid date, never throws', () => {
    expect(formatTick(new Date(NaN), 'en')).to.equal('');
    expect(formatTick(new Date(NaN), 'nl', [new Date(NaN)])).to.equal('');
    expect(formatTick(null as unknown as Date, 'nl')).to.equal('');
    expect(formatTick(utc(2022, 10, 10), 'nl', [new Date(NaN)])).to.equal('10 okt');
  });

  it('reads an unknown language as English', () => {
    expect(formatTick(utc(2022, 10, 10), 'fr' as Lang)).to.equal('Oct 10');
  });
});
