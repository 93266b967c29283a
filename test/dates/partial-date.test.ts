import { expect } from '@open-wc/testing';
import { entrySpan, isPartialDate, parsePartialDate } from '../../src/dates/partial-date.js';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('parsePartialDate', () => {
  it('parses a year as the whole year', () => {
    const p = parsePartialDate('1994')!;
    expect(p.precision).to.equal('year');
    expect(p.year).to.equal(1994);
    expect(p).not.to.have.property('month');
    expect(p).not.to.have.property('day');
    expect(+p.start).to.equal(+utc(1994));
    expect(+p.end).to.equal(+utc(1995));
  });

  it('parses a month as the whole month, December into the next year', () => {
    const oct = parsePartialDate('2022-10')!;
    expect(oct).to.include({ year: 2022, month: 10, precision: 'month' });
    expect(oct).not.to.have.property('day');
    expect(+oct.start).to.equal(+utc(2022, 10, 1));
    expect(+oct.end).to.equal(+utc(2022, 11, 1));
    const dec = parsePartialDate('2022-12')!;
    expect(+dec.end).to.equal(+utc(2023, 1, 1));
  });

  it('parses a day as that day, the last day of a year into the next', () => {
    const d = parsePartialDate('2022-10-10')!;
    expect(d).to.include({ year: 2022, month: 10, day: 10, precision: 'day' });
    expect(+d.start).to.equal(+utc(2022, 10, 10));
    expect(+d.end).to.equal(+utc(2022, 10, 11));
    const nye = parsePartialDate('2022-12-31')!;
    expect(+nye.end).to.equal(+utc(2023, 1, 1));
  });

  it('gives UTC midnights', () => {
    for (const value of ['1994', '2022-02', '2022-02-24']) {
      const p = parsePartialDate(value)!;
      for (const date of [p.start, p.end]) {
        expect(
          date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() + date.getUTCMilliseconds(),
        ).to.equal(0);
      }
    }
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2020-02-29')).to.include({ year: 2020, month: 2, day: 29 });
    expect(+parsePartialDate('2020-02-29')!.end).to.equal(+utc(2020, 3, 1));
    expect(+parsePartialDate('2020-02')!.end).to.equal(+utc(2020, 3, 1));
    expect(parsePartialDate('2000-02-29')).not.to.equal(null);
    expect(parsePartialDate('2022-02-29')).to.equal(null);
    expect(parsePartialDate('1900-02-29')).to.equal(null);
    expect(parsePartialDate('2022-02-28')).not.to.equal(null);
  });

  it('knows how long each month is', () => {
    expect(parsePartialDate('2022-04-30')).not.to.equal(null);
    expect(parsePartialDate('2022-04-31')).to.equal(null);
    expect(parsePartialDate('2022-01-31')).not.to.equal(null);
    expect(parsePartialDate('2022-12-31')).not.to.equal(null);
    expect(parsePartialDate('2022-12-32')).to.equal(null);
  });

  it('gives Dates a caller may change without changing the date', () => {
    // Parsed dates are shared (kept by their text): a Date read from one must not be the date's own.
    const p = parsePartialDate('2022-10-10')!;
    p.start.setUTCFullYear(1900);
    p.end.setUTCFullYear(1900);
    const again = parsePartialDate('2022-10-10')!;
    expect(+again.start).to.equal(+utc(2022, 10, 10));
    expect(+again.end).to.equal(+utc(2022, 10, 11));
    expect(again.from).to.equal(+utc(2022, 10, 10));
  });

  it('handles years before 100 without mapping them to the 1900s', () => {
    const p = parsePartialDate('0050')!;
    expect(p.year).to.equal(50);
    expect(p.start.getUTCFullYear()).to.equal(50);
    expect(p.end.getUTCFullYear()).to.equal(51);
    const d = parsePartialDate('0004-02-29')!;
    expect(d.start.getUTCFullYear()).to.equal(4);
    expect(d.start.getUTCMonth()).to.equal(1);
    expect(d.start.getUTCDate()).to.equal(29);
    expect(+parsePartialDate('0099-12')!.end).to.equal(+parsePartialDate('0100')!.start);
  });

  it('keeps texts with the same digits at other precisions apart', () => {
    expect(parsePartialDate('1912')!.year).to.equal(1912);
    expect(parsePartialDate('0019-12')).to.include({ year: 19, month: 12, precision: 'month' });
    expect(parsePartialDate('0191-20')).to.equal(null);
    expect(parsePartialDate('0001-91-20')).to.equal(null);
    expect(parsePartialDate('1912')!.precision).to.equal('year');
  });

  it('rejects everything else', () => {
    const invalid: unknown[] = [
      '2022-02-30',
      '2022-13',
      '94',
      '2022-1',
      ' 2022',
      '2022 ',
      '2022-00',
      '2022-10-00',
      '2022-10-1',
      '0000',
      '12345',
      '2022/10',
      '2022-10/10',
      '2022-1a',
      '2022-10-10T00:00',
      '2022-W40',
      '+2022',
      '-2022',
      '２０２２',
      '2022\n',
      '',
      'ongoing',
      2022,
      null,
      undefined,
      new Date(Date.UTC(2022, 0, 1)),
      ['2022'],
      { date: '2022' },
    ];
    for (const value of invalid) {
      expect(parsePartialDate(value), String(value)).to.equal(null);
      expect(isPartialDate(value), String(value)).to.equal(false);
    }
  });

  it('isPartialDate accepts valid dates', () => {
    for (const value of ['1994', '2022-10', '2022-10-10', '2020-02-29', '0001', '9999-12-31']) {
      expect(isPartialDate(value), value).to.equal(true);
    }
  });
});

describe('entrySpan', () => {
  it('spans a point over the whole of its date', () => {
    const year = entrySpan({ date: '2022' }, '2022-10')!;
    expect(year.end).to.equal(null);
    expect(year.ongoing).to.equal(false);
    expect(year.start.precision).to.equal('year');
    expect(+year.from).to.equal(+utc(2022));
    expect(+year.to).to.equal(+utc(2023));
    const day = entrySpan({ date: '2022-10-10' }, '2022-10')!;
    expect(+day.from).to.equal(+utc(2022, 10, 10));
    expect(+day.to).to.equal(+utc(2022, 10, 11));
  });

  it('spans a period to the end of its end date', () => {
    const span = entrySpan({ date: '2020-08', end: '2021' }, '2022-10')!;
    expect(span.ongoing).to.equal(false);
    expect(span.end!.precision).to.equal('year');
    expect(+span.from).to.equal(+utc(2020, 8, 1));
    expect(+span.to).to.equal(+utc(2022));
  });

  it('runs an ongoing period to the end of asOf', () => {
    const span = entrySpan({ date: '1994', end: 'ongoing' }, '2022-10')!;
    expect(span.ongoing).to.equal(true);
    expect(span.end).to.equal(null);
    expect(+span.from).to.equal(+utc(1994));
    expect(+span.to).to.equal(+utc(2022, 11, 1));
  });

  it('accepts an end equal to the date, or inside its span', () => {
    expect(entrySpan({ date: '2020', end: '2020' }, '2022-10')).not.to.equal(null);
    expect(entrySpan({ date: '2022-02-24', end: '2022-02-24' }, '2022-10')).not.to.equal(null);
    expect(entrySpan({ date: '2022-02', end: '2022-02-24' }, '2022-10')).not.to.equal(null);
    expect(entrySpan({ date: '2022-02-24', end: '2022-02' }, '2022-10')).not.to.equal(null);
  });

  it('rejects an end before the date', () => {
    expect(entrySpan({ date: '2021', end: '2020' }, '2022-10')).to.equal(null);
    expect(entrySpan({ date: '2022-03', end: '2022-02' }, '2022-10')).to.equal(null);
    expect(entrySpan({ date: '2022-02-25', end: '2022-02-24' }, '2022-10')).to.equal(null);
    expect(entrySpan({ date: '2023', end: 'ongoing' }, '2022-10')).to.equal(null);
  });

  it('rejects invalid dates', () => {
    expect(entrySpan({ date: '2022-02-30' }, '2022-10')).to.equal(null);
    expect(entrySpan({ date: '94' }, '2022-10')).to.equal(null);
    expect(entrySpan({ date: '2022', end: '2022-13' }, '2022-10')).to.equal(null);
    expect(entrySpan({ date: '2022', end: '' }, '2022-10')).to.equal(null);
    expect(entrySpan({ date: '2022', end: 'ongoing' }, 'now')).to.equal(null);
    expect(entrySpan(null as unknown as { date: string }, '2022-10')).to.equal(null);
  });

  it('reads asOf only for ongoing periods', () => {
    expect(entrySpan({ date: '2022' }, '')).not.to.equal(null);
    expect(entrySpan({ date: '2020', end: '2021' }, '')).not.to.equal(null);
  });
});
