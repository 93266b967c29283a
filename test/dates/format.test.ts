import { expect } from '@open-wc/testing';
import { formatEntryDate, formatPartialDate, presentLabel } from '../../src/dates/format.js';
import { parsePartialDate } from '../../src/dates/partial-date.js';

describe('formatPartialDate', () => {
  it('shows a year as the year', () => {
    expect(formatPartialDate('1994', 'nl')).to.equal('1994');
    expect(formatPartialDate('1994', 'en')).to.equal('1994');
  });

  it('shows a month with the month name (SPEC §4)', () => {
    expect(formatPartialDate('2022-10', 'nl')).to.equal('oktober 2022');
    expect(formatPartialDate('2022-10', 'en')).to.equal('October 2022');
    expect(formatPartialDate('2022-03', 'nl')).to.equal('maart 2022');
    expect(formatPartialDate('2022-05', 'en')).to.equal('May 2022');
  });

  it('shows a day with day, month name and year (SPEC §4)', () => {
    expect(formatPartialDate('2022-10-10', 'nl')).to.equal('10 oktober 2022');
    expect(formatPartialDate('2022-10-10', 'en')).to.equal('October 10, 2022');
    expect(formatPartialDate('2022-02-24', 'nl')).to.equal('24 februari 2022');
    expect(formatPartialDate('2020-08-09', 'en')).to.equal('August 9, 2020');
  });

  it('formats in UTC: the first and last days stay put', () => {
    expect(formatPartialDate('2022-01-01', 'en')).to.equal('January 1, 2022');
    expect(formatPartialDate('2022-12-31', 'nl')).to.equal('31 december 2022');
    expect(formatPartialDate('2020-02-29', 'en')).to.equal('February 29, 2020');
  });

  it('takes a parsed date too', () => {
    expect(formatPartialDate(parsePartialDate('2022-10')!, 'nl')).to.equal('oktober 2022');
    expect(formatPartialDate(parsePartialDate('2022-10-10')!, 'en')).to.equal('October 10, 2022');
  });

  it('gives an empty string for invalid input, never throws', () => {
    for (const value of ['2022-02-30', '2022-13', '94', '', 'ongoing', '2022-1']) {
      expect(formatPartialDate(value, 'nl'), value).to.equal('');
      expect(formatPartialDate(value, 'en'), value).to.equal('');
    }
    expect(formatPartialDate(null as unknown as string, 'en')).to.equal('');
    expect(formatPartialDate(42 as unknown as string, 'en')).to.equal('');
    const broken = { ...parsePartialDate('2022')!, start: new Date(NaN) };
    expect(formatPartialDate(broken, 'en')).to.equal('');
  });
});

describe('formatEntryDate', () => {
  it('shows a point as its date', () => {
    expect(formatEntryDate({ date: '2022-10-10' }, 'nl')).to.equal('10 oktober 2022');
    expect(formatEntryDate({ date: '2001' }, 'en')).to.equal('2001');
  });

  it('shows a period with an en dash', () => {
    expect(formatEntryDate({ date: '2020-08', end: '2021' }, 'nl')).to.equal('augustus 2020 – 2021');
    expect(formatEntryDate({ date: '2020-08-09', end: '2020-10' }, 'en')).to.equal(
      'August 9, 2020 – October 2020',
    );
  });

  it('ends an ongoing period in heden / present', () => {
    expect(formatEntryDate({ date: '1994', end: 'ongoing' }, 'nl')).to.equal('1994 – heden');
    expect(formatEntryDate({ date: '1994', end: 'ongoing' }, 'en')).to.equal('1994 – present');
    expect(formatEntryDate({ date: '2022-02-24', end: 'ongoing' }, 'nl')).to.equal(
      '24 februari 2022 – heden',
    );
    expect(presentLabel).to.deep.equal({ nl: 'heden', en: 'present' });
  });

  it('gives an empty string when a date is invalid', () => {
    expect(formatEntryDate({ date: '2022-02-30' }, 'en')).to.equal('');
    expect(formatEntryDate({ date: '2022', end: '2022-13' }, 'en')).to.equal('');
    expect(formatEntryDate({ date: '94', end: 'ongoing' }, 'nl')).to.equal('');
  });
});
