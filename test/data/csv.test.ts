import { expect } from '@open-wc/testing';
import { readCsv } from '../../src/data/csv.js';
import { htmlToText } from '../../src/data/html-text.js';
import { checkSource } from '../../src/data/read-source.js';

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background';

/** A row of the full template: `cells` by column name. */
function row(cells: Record<string, string>): string {
  return HEADER.split(',')
    .map((name) => {
      const v = cells[name] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');
}
const csv = (...rows: Record<string, string>[]) => [HEADER, ...rows.map(row)].join('\r\n');

function convert(text: string) {
  const read = readCsv(text, htmlToText);
  return checkSource(read.raw, read.issues, read.rename);
}

const event = (cells: Record<string, string> = {}) => ({ Year: '2001', Headline: 'Event', ...cells });

describe('readCsv (the TimelineJS spreadsheet template)', () => {
  it('reads every column of the template', () => {
    const r = convert(
      csv(
        {
          Headline: 'The <b>story</b>',
          Text: '<p>About it</p>',
          Type: 'title',
          Media: 'https://x.org/t.jpg',
        },
        {
          Year: '2022',
          Month: '2',
          Day: '24',
          Time: '05:30',
          'End Year': '2022',
          'End Month': '10',
          'End Day': '10',
          'End Time': '12:00',
          'Display Date': 'From the 24th',
          Headline: 'War',
          Text: 'It <i>began</i>',
          Media: 'https://x.org/a.jpg',
          'Media Credit': 'EPA',
          'Media Caption': 'A caption',
          'Media Thumbnail': 'https://x.org/thumb.jpg',
          'Alt Text': 'Tanks on a road',
          Group: 'War in Ukraine',
          Background: '#ff0000',
        },
        { Year: '1991', 'End Year': '2000', Headline: 'The nineties', Type: 'era' },
      ),
    );
    expect(r.issues).to.deep.equal([]);
    const ds = r.dataset!;
    expect(ds.title).to.equal('The story');
    expect(ds.summary).to.equal('About it');
    expect(ds.lanes).to.deep.equal([{ id: 'war-in-ukraine', label: 'War in Ukraine' }]);
    expect(ds.entries).to.deep.equal([
      {
        id: 'war',
        date: '2022-02-24',
        end: '2022-10-10',
        lane: 'war-in-ukraine',
        title: 'War',
        summary: 'It began',
        media: { src: 'https://x.org/a.jpg', alt: 'Tanks on a road', caption: 'A caption', credit: 'EPA' },
        dateLabel: 'From the 24th',
      },
    ]);
    expect(ds.eras).to.deep.equal([
      { id: 'the-nineties', start: '1991', end: '2000', label: 'The nineties' },
    ]);
    expect(ds.asOf).to.equal('2022-10-10');
  });

  it('finds columns by header in any order and case, and ignores unknown ones', () => {
    const text = 'Notes,headline,GROUP,year,month\nignored,"Hello, world",A,1994,7\n';
    const r = convert(text);
    expect(r.issues).to.deep.equal([]);
    expect(r.dataset!.entries).to.deep.equal([
      { id: 'hello-world', date: '1994-07', lane: 'a', title: 'Hello, world' },
    ]);
  });

  it('reads the old template\'s "Tag" column as the group', () => {
    const r = convert('Year,Headline,Tag\n2001,A,Old group\n');
    expect(r.dataset!.lanes).to.deep.equal([{ id: 'old-group', label: 'Old group' }]);
  });

  it('reads a BOM, CRLF, quoted commas, quotes and newlines', () => {
    const text =
      '\uFEFFYear,Headline,Text\r\n2001,"A, B and ""C""","line one\nline two"\r\n\r\n2002,Second,\r\n';
    const r = convert(text);
    expect(r.issues).to.deep.equal([]);
    expect(r.dataset!.entries.map((e) => [e.title, e.summary])).to.deep.equal([
      ['A, B and "C"', 'line one line two'],
      ['Second', undefined],
    ]);
  });

  it('numbers rows as the spreadsheet does, even after a cell with a newline or a blank row', () => {
    const text = 'Year,Headline,Text\n2001,A,"two\nlines"\n\n19x4,B,\n2001,,\n2001,C,\n2001,D,\n';
    const r = convert(text);
    expect(r.issues).to.deep.equal([
      { path: 'row 4', message: 'Year "19x4" is not a year; the event is left out' },
      { path: 'row 5', message: 'Headline: must not be empty' },
    ]);
    expect(r.dataset!.entries.map((e) => e.title)).to.deep.equal(['A', 'C', 'D']);
  });

  it('names the row and column of every kind of bad cell, and draws the valid rows', () => {
    const r = convert(
      csv(
        event(),
        event({ Year: '', Month: '3' }),
        event({ Year: '-44' }),
        event({ Year: '10000' }),
        event({ Month: '13' }),
        event({ Month: '2', Day: '30' }),
        event({ 'End Year': '1999' }),
        event({ 'End Month': '5' }),
        event({ Media: 'javascript:alert(1)', 'Alt Text': 'x' }),
        event({ Media: 'https://x.org/a.jpg' }),
        event({ Headline: 'x'.repeat(201) }),
        event({ Type: 'title' }),
        event({ Type: 'title' }),
        event({ Type: 'era', Headline: 'Era without end' }),
      ),
    );
    expect(r.issues).to.deep.equal([
      {
        path: 'row 14',
        message:
          'Type "title" again: only the first title slide is the title, so this one is read as an event',
      },
      { path: 'row 3', message: 'Year is empty: a date needs at least a year; the event is left out' },
      {
        path: 'row 4',
        message: 'Year "-44" is before the year 1, which is not supported; the event is left out',
      },
      {
        path: 'row 5',
        message: 'Year "10000" is after the year 9999, which is not supported; the event is left out',
      },
      { path: 'row 6', message: 'Month "13" is not a month (1 to 12); the event is left out' },
      { path: 'row 7', message: 'Day "30" is not a day of 2001-02; the event is left out' },
      { path: 'row 9', message: 'End Year is empty: a date needs at least a year; the end is left out' },
      {
        path: 'row 10',
        message: 'Media "javascript:alert(1)" is not an http:, https: or relative URL, so it is left out',
      },
      {
        path: 'row 11',
        message:
          'Alt Text is empty, and so is the caption: an image needs words that say what it shows, so it is left out',
      },
      {
        path: 'row 15',
        message: 'End Year, End Month, End Day is missing: an era needs an end date, so it is left out',
      },
      {
        path: 'row 8',
        message: 'End Year, End Month, End Day: ends before it starts: "1999" is before "2001"',
      },
      { path: 'row 12', message: 'Headline: the text is 201 characters long, more than the limit of 200' },
    ]);
    // Rows 2, 9 (end dropped), 10, 11 (media dropped) and 14 (a second title, read as an event) are drawn.
    expect(r.dataset!.entries).to.have.length(5);
    expect(r.dataset!.title).to.equal('Event');
  });

  describe('bad files', () => {
    it('says which column is missing', () => {
      for (const [text, message] of [
        ['Year,Text\n2001,x', /no Headline column/],
        ['Headline,Text\nA,x', /no Year column/],
        ['a,b\n1,2', /no Year and Headline column/],
      ] as const) {
        const r = convert(text);
        expect(r.dataset, text).to.equal(null);
        expect(r.issues).to.have.length(1);
        expect(r.issues[0].path).to.equal('row 1');
        expect(r.issues[0].message).to.match(message);
      }
    });

    it('says so for an empty file and a header alone', () => {
      expect(convert('').issues[0].message).to.match(/the file is empty/);
      expect(convert(`${HEADER}\n`).issues[0].message).to.match(/no rows below the header/);
    });

    it('says so when no row has a valid date', () => {
      const r = convert(csv(event({ Year: 'x' })));
      expect(r.dataset).to.equal(null);
      expect(r.issues.map((i) => i.path)).to.deep.equal(['row 2', '']);
    });

    it('reads 10,000 rows', () => {
      const rows = Array.from({ length: 10_000 }, (_, i) =>
        row({
          Year: String(1000 + (i % 1000)),
          Headline: `Event ${i}`,
          Text: i % 2 ? `<p>Text ${i}</p>` : '',
          Group: `G${i % 5}`,
        }),
      );
      const started = performance.now();
      const r = convert([HEADER, ...rows].join('\n'));
      const ms = performance.now() - started;
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.entries).to.have.length(10_000);
      expect(r.dataset!.entries[9_999]).to.include({ id: 'event-9999', date: '1999', lane: 'g4' });
      expect(ms, 'milliseconds').to.be.below(5_000);
    });

    it('keeps at most 100 issues and counts the rest', () => {
      const rows = Array.from({ length: 150 }, () => row({ Year: 'x', Headline: 'H' }));
      const r = convert([HEADER, row(event()), ...rows].join('\n'));
      expect(r.issues).to.have.length(101);
      expect(r.issues[100]).to.deep.equal({ path: '', message: '… and 50 more issues' });
    });
  });
});
