import { expect } from '@open-wc/testing';
import { gapLabel } from '../../src/scale/gap-label.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const gap = (from: number, to: number) => ({ start: from, end: to });

describe('gapLabel', () => {
  it('counts whole years between the entries either side', () => {
    const labelled = { start: utc(2002, 7, 2), end: utc(2019, 7, 2), from: utc(2001), to: utc(2020) };
    expect(gapLabel(labelled, 'nl')).to.equal('19 jaar');
    expect(gapLabel(labelled, 'en')).to.equal('19 years');
  });

  it('falls back to the gap itself', () => {
    expect(gapLabel(gap(utc(2002, 7, 2), utc(2019, 7, 2)), 'en')).to.equal('17 years');
    expect(gapLabel(gap(utc(2002, 7, 2), utc(2019, 7, 1)), 'en')).to.equal('16 years');
  });

  it('counts like an age: a year is not over until its day comes round', () => {
    expect(gapLabel(gap(utc(2001, 12, 30), utc(2020, 1, 2)), 'en')).to.equal('18 years');
    expect(gapLabel(gap(utc(2000, 3, 1), utc(2003, 2, 28)), 'en')).to.equal('2 years');
    expect(gapLabel(gap(utc(2000, 3, 1), utc(2003, 3, 1)), 'en')).to.equal('3 years');
  });

  it('says one year in the singular', () => {
    expect(gapLabel(gap(utc(2020), utc(2021)), 'nl')).to.equal('1 jaar');
    expect(gapLabel(gap(utc(2020), utc(2021)), 'en')).to.equal('1 year');
    expect(gapLabel(gap(utc(2020), utc(2022)), 'en')).to.equal('2 years');
  });

  it('counts months under two years, unless the years are whole', () => {
    expect(gapLabel(gap(utc(2022, 2), utc(2022, 10)), 'nl')).to.equal('8 maanden');
    expect(gapLabel(gap(utc(2022, 2), utc(2022, 10)), 'en')).to.equal('8 months');
    expect(gapLabel(gap(utc(2022, 2), utc(2022, 3)), 'nl')).to.equal('1 maand');
    expect(gapLabel(gap(utc(2022, 2), utc(2022, 3)), 'en')).to.equal('1 month');
    expect(gapLabel(gap(utc(2020, 1), utc(2021, 6)), 'en')).to.equal('17 months');
    expect(gapLabel(gap(utc(2020, 1), utc(2021, 12, 31)), 'nl')).to.equal('23 maanden');
  });

  it('counts days under a month', () => {
    expect(gapLabel(gap(utc(2022, 1, 31), utc(2022, 2, 28)), 'nl')).to.equal('28 dagen');
    expect(gapLabel(gap(utc(2022, 10, 9), utc(2022, 10, 10)), 'nl')).to.equal('1 dag');
    expect(gapLabel(gap(utc(2022, 10, 9), utc(2022, 10, 12)), 'en')).to.equal('3 days');
    expect(gapLabel(gap(utc(2022, 10, 9), utc(2022, 10, 9)), 'en')).to.equal('0 days');
  });

  it('gives nothing for a gap that runs backwards or is not a date', () => {
    expect(gapLabel(gap(utc(2022), utc(2020)), 'en')).to.equal('');
    expect(gapLabel(gap(NaN, utc(2020)), 'en')).to.equal('');
  });
});
