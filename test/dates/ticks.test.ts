import { expect } from '@open-wc/testing';
import type { Lang } from '../../src/data/types.js';
import { formatTick, tickUnit, timeTicks } from '../../src/dates/ticks.js';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));
const labels = (ticks: Date[], lang: Lang) => ticks.map((t) => formatTick(t, lang, ticks));

describe('timeTicks', () => {
  it('gives decade-scale year ticks for 1990–2025', () => {
    const five = timeTicks(utc(1990), utc(2025), 900 / 90);
    expect(iso(five)).to.deep.equal(
      ['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025'].map((y) => `${y}-01-01`),
    );
    const ten = timeTicks(utc(1990), utc(2025), 4);
    expect(iso(ten)).to.deep.equal(['1990-01-01', '2000-01-01', '2010-01-01', '2020-01-01']);
  });

  it('gives yearly ticks for a decade', () => {
    const ticks = timeTicks(utc(2015), utc(2023), 900 / 90);
    expect(ticks).to.have.length(9);
    expect(ticks.every((t) => tickUnit(t) === 'year')).to.equal(true);
  });

  it('gives monthly ticks for a whole year', () => {
    const ticks = timeTicks(utc(2022), utc(2023), 900 / 90);
    expect(ticks).to.have.length(13);
    expect(iso(ticks.slice(0, 3))).to.deep.equal(['2022-01-01', '2022-02-01', '2022-03-01']);
  });

  it('gives daily ticks for two weeks', () => {
    const ticks = timeTicks(utc(2022, 10, 1), utc(2022, 10, 15), 900 / 60);
    expect(ticks).to.have.length(15);
    expect(iso(ticks.slice(0, 2))).to.deep.equal(['2022-10-01', '2022-10-02']);
  });

  it('never goes finer than a day', () => {
    const ticks = timeTicks(utc(2022, 10, 9), utc(2022, 10, 12), 50);
    expect(iso(ticks)).to.deep.equal(['2022-10-09', '2022-10-10', '2022-10-11', '2022-10-12']);
    expect(
      timeTicks(new Date(Date.UTC(2022, 9, 10, 3)), new Date(Date.UTC(2022, 9, 10, 20)), 10),
    ).to.deep.equal([]);
    const reversed = timeTicks(utc(2022, 10, 12), utc(2022, 10, 10), 50);
    expect(iso(reversed)).to.deep.equal(['2022-10-12', '2022-10-11', '2022-10-10']);
  });

  it('copes with odd counts and invalid dates', () => {
    expect(timeTicks(utc(1990), utc(2025), 0).length).to.be.greaterThan(0);
    expect(timeTicks(utc(1990), utc(2025), NaN).length).to.be.greaterThan(0);
    expect(timeTicks(new Date(NaN), utc(2025), 10)).to.deep.equal([]);
  });
});

describe('tickUnit', () => {
  it('finds the coarsest boundary a date sits on', () => {
    expect(tickUnit(utc(2022))).to.equal('year');
    expect(tickUnit(utc(2022, 10, 1))).to.equal('month');
    expect(tickUnit(utc(2022, 10, 10))).to.equal('day');
    expect(tickUnit(utc(2022, 1, 2))).to.equal('day');
  });
});

describe('formatTick', () => {
  it('labels decades and years as years', () => {
    const ticks = timeTicks(utc(1990), utc(2025), 900 / 90);
    for (const lang of ['nl', 'en'] as const) {
      expect(labels(ticks, lang)).to.deep.equal([
        '1990',
        '1995',
        '2000',
        '2005',
        '2010',
        '2015',
        '2020',
        '2025',
      ]);
    }
  });

  it('labels months with short names, and the new year with its number', () => {
    const ticks = timeTicks(utc(2022), utc(2023), 900 / 90);
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

  it('labels days with day and short month, month starts with the month', () => {
    const ticks = timeTicks(utc(2022, 9, 26), utc(2022, 10, 10), 900 / 60);
    const nl = labels(ticks, 'nl');
    const en = labels(ticks, 'en');
    expect(nl[0]).to.equal('26 sep 2022');
    expect(en[0]).to.equal('Sep 26, 2022');
    expect(nl.slice(1, 7)).to.deep.equal(['27 sep', '28 sep', '29 sep', '30 sep', 'okt', '2 okt']);
    expect(en.slice(1, 7)).to.deep.equal(['Sep 27', 'Sep 28', 'Sep 29', 'Sep 30', 'Oct', 'Oct 2']);
    expect(nl.at(-1)).to.equal('10 okt');
    expect(en.at(-1)).to.equal('Oct 10');
  });

  it('re-labels as the window shrinks: years → months → days', () => {
    const unitsOf = (start: Date, end: Date) => new Set(timeTicks(start, end, 10).map(tickUnit));
    expect([...unitsOf(utc(1990), utc(2025))]).to.deep.equal(['year']);
    expect(unitsOf(utc(2022), utc(2023)).has('month')).to.equal(true);
    expect(unitsOf(utc(2022), utc(2023)).has('day')).to.equal(false);
    expect(unitsOf(utc(2022, 10, 1), utc(2022, 10, 15)).has('day')).to.equal(true);
  });

  it('names the year on the first tick when no tick does', () => {
    const months = timeTicks(utc(2022, 3, 15), utc(2022, 9, 15), 6);
    expect(labels(months, 'nl')).to.deep.equal(['apr 2022', 'mei', 'jun', 'jul', 'aug', 'sep']);
    expect(labels(months, 'en')).to.deep.equal(['Apr 2022', 'May', 'Jun', 'Jul', 'Aug', 'Sep']);
    const days = timeTicks(utc(2022, 10, 3), utc(2022, 10, 6), 10);
    expect(labels(days, 'nl')).to.deep.equal(['3 okt 2022', '4 okt', '5 okt', '6 okt']);
    expect(labels(days, 'en')).to.deep.equal(['Oct 3, 2022', 'Oct 4', 'Oct 5', 'Oct 6']);
  });

  it('labels without the tick set like d3 does', () => {
    expect(formatTick(utc(2022), 'nl')).to.equal('2022');
    expect(formatTick(utc(2022, 3, 1), 'nl')).to.equal('mrt');
    expect(formatTick(utc(2022, 10, 10), 'nl')).to.equal('10 okt');
    expect(formatTick(utc(2022, 10, 10), 'en')).to.equal('Oct 10');
    expect(formatTick(new Date(NaN), 'en')).to.equal('');
  });

  it('works in UTC whatever the time zone', () => {
    expect(formatTick(utc(2022, 12, 31), 'en')).to.equal('Dec 31');
    expect(formatTick(utc(2023, 1, 1), 'en')).to.equal('2023');
  });
});

describe('timeTicks matches d3-time’s utcTicks (which the bundle no longer carries)', () => {
  it('gives the same ticks for windows from a few days to a century', async () => {
    const { utcTicks } = await import('d3-time');
    const day = 864e5;
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let compared = 0;
    for (let i = 0; i < 400; i++) {
      const start = Date.UTC(1950, 0, 1) + Math.floor(random() * 70 * 365) * day;
      const span = Math.floor(day * 10 ** (0.5 + random() * 4.1)); // ~3 days to ~100 years
      const count = 2 + Math.floor(random() * 14);
      // Below a day per tick, ours keeps whole days (no hours): compare only where d3 does too.
      if (span / count < day) continue;
      const ours = timeTicks(new Date(start), new Date(start + span), count).map(Number);
      const theirs = utcTicks(new Date(start), new Date(start + span), count).map(Number);
      expect(ours, `${new Date(start).toISOString()} + ${span / day} days, ${count} ticks`).to.deep.equal(
        theirs,
      );
      compared++;
    }
    expect(compared).to.be.greaterThan(300);
  });
});
