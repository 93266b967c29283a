import { expect } from '@open-wc/testing';
import { checkSource, looksLikeTimelineCsv, readSource } from '../../src/data/read-source.js';
import type { ReadResult } from '../../src/data/read-source.js';

const ours = {
  title: 'T',
  asOf: '2020',
  lanes: [{ id: 'l', label: 'L' }],
  entries: [{ id: 'a', date: '2020', lane: 'l', title: 'A' }],
};
const timelineJS = { events: [{ start_date: { year: 2020 }, text: { headline: 'A' } }] };
const CSV = 'Year,Headline\n2020,A\n';

/** readSource, then checkSource, as the element does. */
async function load(text: string, type: string | null) {
  const read = await readSource(text, type);
  if ('error' in read) return read;
  return { read, ...checkSource(read.raw, read.issues, read.rename) };
}

describe('readSource', () => {
  it('reads our own JSON as it is, an array of entries too', async () => {
    expect(await readSource(JSON.stringify(ours), 'application/json')).to.deep.equal({
      raw: ours,
      issues: [],
    });
    const entries = ours.entries;
    expect(await readSource(JSON.stringify(entries), null)).to.deep.equal({ raw: entries, issues: [] });
  });

  it('reads a TimelineJS file: an object with an events array, whatever the content type', async () => {
    for (const type of ['application/json', 'text/plain', null]) {
      const r = await load(JSON.stringify(timelineJS), type);
      expect('error' in r, String(type)).to.equal(false);
      const { dataset } = r as Exclude<typeof r, { error: 'json' }>;
      expect(dataset!.entries).to.deep.equal([{ id: 'a', date: '2020', lane: 'events', title: 'A' }]);
    }
  });

  it('reads CSV by content type, or by a header that names Year and Headline', async () => {
    for (const [text, type] of [
      [CSV, 'text/csv; charset=utf-8'],
      [CSV, 'text/plain'],
      [CSV, null],
      ['\uFEFF"Headline",Text,"Year"\r\n A,,2020\r\n', 'application/octet-stream'],
    ] as const) {
      const r = await load(text, type);
      expect('error' in r, `${text} ${type}`).to.equal(false);
      const { dataset } = r as Exclude<typeof r, { error: 'json' }>;
      expect(
        dataset!.entries.map((e) => e.title),
        `${text} ${type}`,
      ).to.deep.equal(['A']);
    }
  });

  it('reads text/csv as CSV even without the template header, and says what is missing', async () => {
    const r = (await readSource('a,b\n1,2\n', 'text/csv')) as Exclude<ReadResult, { error: 'json' }>;
    expect(r.raw).to.equal(null);
    expect(r.issues[0].path).to.equal('row 1');
  });

  it('says "json" for what is none of these', async () => {
    for (const text of ['not json', '', '{"a":', 'Year;Headline\n2020;A']) {
      expect(await readSource(text, 'text/plain'), text).to.deep.equal({ error: 'json' });
    }
  });

  it('reads JSON with a BOM', async () => {
    expect(await readSource('\uFEFF' + JSON.stringify(ours), 'application/json')).to.deep.equal({
      raw: ours,
      issues: [],
    });
  });
});

describe('looksLikeTimelineCsv', () => {
  it('wants Year and Headline in the first line', () => {
    expect(looksLikeTimelineCsv('Year,Month,Headline')).to.equal(true);
    expect(looksLikeTimelineCsv(' "year" , "HEADLINE" \nx')).to.equal(true);
    expect(looksLikeTimelineCsv('Year,Month')).to.equal(false);
    expect(looksLikeTimelineCsv('{"Year":1,"Headline":2}')).to.equal(false);
    expect(looksLikeTimelineCsv('x\nYear,Headline')).to.equal(false);
  });
});

describe('checkSource', () => {
  it('is validateDataset for our own JSON', () => {
    const r = checkSource({ ...ours, asOf: 'never' });
    expect(r.dataset).to.equal(null);
    expect(r.issues.map((i) => i.path)).to.deep.equal(['asOf']);
  });

  it("puts the reader's issues first, then the validator's, renamed", async () => {
    const text = 'Year,Headline\n19x4,Bad year\n2001,' + 'x'.repeat(201) + '\n2002,Good\n';
    const r = await load(text, 'text/csv');
    expect((r as { issues: unknown }).issues).to.deep.equal([
      { path: 'row 2', message: 'Year "19x4" is not a year; the event is left out' },
      { path: 'row 3', message: 'Headline: the text is 201 characters long, more than the limit of 200' },
    ]);
  });

  it("gives no dataset, only the reader's issues, when nothing could be read", () => {
    const issues = [{ path: 'events', message: 'expected a list of slides, got nothing' }];
    expect(checkSource(null, issues, (i) => i)).to.deep.equal({ dataset: null, issues });
  });
});
