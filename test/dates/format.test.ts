import { expect } from '@open-wc/testing';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { nl } from 'date-fns/locale/nl';
import type { Lang } from '../../src/data/types.js';
import {
  entryDateText,
  formatDate,
  formatEntryDate,
  formatPartialDate,
  formatUtcDay,
  presentLabel,
} from '../../src/dates/format.js';
import { parsePartialDate } from '../../src/dates/partial-date.js';

const NL_MONTHS = 'januari februari maart april mei juni juli augustus september oktober november december';
const EN_MONTHS = 'January February March April May June July August September October November December';

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

  it('names every month in both languages', () => {
    const nlNames = NL_MONTHS.split(' ');
    const enNames = EN_MONTHS.split(' ');
    for (let m = 1; m <= 12; m++) {
      const month = `2022-${String(m).padStart(2, '0')}`;
      expect(formatPartialDate(month, 'nl')).to.equal(`${nlNames[m - 1]} 2022`);
      expect(formatPartialDate(month, 'en')).to.equal(`${enNames[m - 1]} 2022`);
      expect(formatPartialDate(`${month}-15`, 'nl')).to.equal(`15 ${nlNames[m - 1]} 2022`);
      expect(formatPartialDate(`${month}-15`, 'en')).to.equal(`${enNames[m - 1]} 15, 2022`);
    }
  });

  it('gives years 1 and 9999 and years below 100 in full, never padded or moved', () => {
    expect(formatPartialDate('0001', 'nl')).to.equal('1');
    expect(formatPartialDate('0001-01', 'en')).to.equal('January 1');
    expect(formatPartialDate('0001-01-01', 'nl')).to.equal('1 januari 1');
    expect(formatPartialDate('0099-05-05', 'en')).to.equal('May 5, 99');
    expect(formatPartialDate('9999', 'en')).to.equal('9999');
    expect(formatPartialDate('9999-12', 'nl')).to.equal('december 9999');
    expect(formatPartialDate('9999-12-31', 'en')).to.equal('December 31, 9999');
    expect(formatPartialDate('9999-12-31', 'nl')).to.equal('31 december 9999');
  });

  it('formats in UTC: the first and last days stay put', () => {
    expect(formatPartialDate('2022-01-01', 'en')).to.equal('January 1, 2022');
    expect(formatPartialDate('2022-12-31', 'nl')).to.equal('31 december 2022');
    expect(formatPartialDate('2020-02-29', 'en')).to.equal('February 29, 2020');
  });

  it('formats the UTC calendar day, as date-fns formats that local day, whatever the time zone', () => {
    // date-fns formats in the machine's zone. West of UTC the instant 2022-10-10T00:00Z is still
    // 9 October (and 2022-01-01T00:00Z is 2021), so the module formats the local day with the same
    // year, month and day. Run with TZ=America/New_York or TZ=Pacific/Kiritimati to see both sides.
    const local = new Date(2022, 9, 10);
    expect(formatPartialDate('2022-10-10', 'nl')).to.equal(format(local, 'd MMMM y', { locale: nl }));
    expect(formatPartialDate('2022-10-10', 'en')).to.equal(format(local, 'MMMM d, y', { locale: enUS }));
    const instant = new Date(Date.UTC(2022, 0, 1));
    if (instant.getFullYear() !== 2022) {
      // This zone is west of UTC: the instant itself would read as the previous year.
      expect(format(instant, 'y')).to.equal('2021');
    }
    expect(formatPartialDate('2022', 'en')).to.equal('2022');
    expect(formatPartialDate('2022-01', 'nl')).to.equal('januari 2022');
    expect(formatPartialDate('2022-01-01', 'en')).to.equal('January 1, 2022');
    // A time later in the UTC day (east of UTC, already the next local day) keeps its UTC day.
    expect(formatUtcDay(new Date(Date.UTC(2022, 9, 10, 23, 59)), 'd MMMM y', 'nl')).to.equal(
      '10 oktober 2022',
    );
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
    const noPrecision = { ...parsePartialDate('2022')!, precision: 'week' as 'year' };
    expect(formatPartialDate(noPrecision, 'nl')).to.equal('');
    expect(formatPartialDate({} as never, 'nl')).to.equal('');
  });

  it('reads an unknown language as English', () => {
    expect(formatPartialDate('2022-10-10', 'fr' as Lang)).to.equal('October 10, 2022');
  });

  it('gives the same text for a date formatted again after ten thousand others, in each language', () => {
    const day = (i: number) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
    const first = formatPartialDate(day(0), 'en');
    expect(first).to.equal('January 1, 1990');
    for (let i = 1; i <= 10_050; i++)
      for (const lang of ['en', 'nl'] as const) formatPartialDate(day(i), lang);
    expect(formatPartialDate(day(10_050), 'en')).to.equal('July 8, 2017');
    expect(formatPartialDate(day(10_050), 'nl')).to.equal('8 juli 2017');
    expect(formatPartialDate(day(0), 'en')).to.equal(first);
    expect(formatPartialDate(day(0), 'nl')).to.equal('1 januari 1990');
  });
});

describe('formatDate', () => {
  it('formats a UTC midnight at the precision asked', () => {
    const date = new Date(Date.UTC(2022, 9, 10));
    expect(formatDate(date, 'year', 'nl')).to.equal('2022');
    expect(formatDate(date, 'month', 'nl')).to.equal('oktober 2022');
    expect(formatDate(date, 'day', 'nl')).to.equal('10 oktober 2022');
    expect(formatDate(date, 'year', 'en')).to.equal('2022');
    expect(formatDate(date, 'month', 'en')).to.equal('October 2022');
    expect(formatDate(date, 'day', 'en')).to.equal('October 10, 2022');
  });

  it('gives an empty string for an invalid date, never throws', () => {
    expect(formatDate(new Date(NaN), 'day', 'en')).to.equal('');
    expect(formatDate(null as unknown as Date, 'year', 'nl')).to.equal('');
    expect(formatDate('2022' as unknown as Date, 'year', 'nl')).to.equal('');
    expect(formatUtcDay(new Date(NaN), 'y', 'en')).to.equal('');
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
    expect(formatEntryDate({ date: '2022-10', end: 'ongoing' }, 'en')).to.equal('October 2022 – present');
    expect(formatEntryDate({ date: '1994', end: 'ongoing' }, 'fr' as Lang)).to.equal('1994 – present');
    expect(presentLabel).to.deep.equal({ nl: 'heden', en: 'present' });
  });

  it('shows a period at each end’s own precision, in both languages', () => {
    expect(formatEntryDate({ date: '1994', end: '2022-10-10' }, 'nl')).to.equal('1994 – 10 oktober 2022');
    expect(formatEntryDate({ date: '2022-02-24', end: '2022-03' }, 'en')).to.equal(
      'February 24, 2022 – March 2022',
    );
    expect(formatEntryDate({ date: '0001', end: '9999-12-31' }, 'en')).to.equal('1 – December 31, 9999');
  });

  it('gives an empty string when a date is invalid', () => {
    expect(formatEntryDate({ date: '2022-02-30' }, 'en')).to.equal('');
    expect(formatEntryDate({ date: '2022', end: '2022-13' }, 'en')).to.equal('');
    expect(formatEntryDate({ date: '94', end: 'ongoing' }, 'nl')).to.equal('');
    expect(formatEntryDate({ date: '2022', end: '' }, 'nl')).to.equal('');
    expect(formatEntryDate(null as never, 'nl')).to.equal('');
    expect(formatEntryDate({} as never, 'en')).to.equal('');
  });
});

describe('entryDateText', () => {
  it('shows the dateLabel instead of the formatted date, in the language asked', () => {
    const entry = { date: '2022-03', dateLabel: { nl: 'voorjaar 2022', en: 'spring 2022' } };
    expect(entryDateText(entry, 'nl')).to.equal('voorjaar 2022');
    expect(entryDateText(entry, 'en')).to.equal('spring 2022');
    expect(entryDateText({ date: '1994', end: 'ongoing', dateLabel: 'since 1994' }, 'nl')).to.equal(
      'since 1994',
    );
  });

  it('falls back to the other language, then to the formatted date', () => {
    expect(entryDateText({ date: '2022-03', dateLabel: { nl: 'voorjaar' } }, 'en')).to.equal('voorjaar');
    expect(entryDateText({ date: '2022-03', dateLabel: '' }, 'en')).to.equal('March 2022');
    expect(entryDateText({ date: '1994', end: 'ongoing' }, 'nl')).to.equal('1994 – heden');
    expect(entryDateText(null as never, 'nl')).to.equal('');
  });
});
