import { expect } from '@open-wc/testing';
import { readCsv } from '../../src/data/csv.js';
import { htmlToText } from '../../src/data/html-text.js';
import { issueInDutch } from '../../src/data/issues-nl.js';
import { checkSource } from '../../src/data/read-source.js';
import { readTimelineJS } from '../../src/data/timelinejs.js';
import { validateDataset, validateEntries } from '../../src/data/validate.js';
import { belarusStory } from '../../src/data/index.js';
import { checkContrast } from '../../src/contrast.js';
import { settingsIssues } from '../../src/view/settings.js';

/** English that must not be left in a Dutch message (quoted values aside). */
const ENGLISH =
  /\b(is not|is missing|needs|at least|expected|got|left out|limit|must|already|ends before|would be|the text|there (is|are)|empty|nothing|contrast with)\b/;
const unquoted = (s: string) => s.replace(/"(?:[^"\\]|\\.)*"/g, '""');

const long = 'x'.repeat(250);
const entry = (fields: Record<string, unknown>) => ({
  id: 'a',
  date: '2020',
  lane: 'l',
  title: 'T',
  ...fields,
});
/** Inputs that between them make every kind of message the validator has. */
const datasets: unknown[] = [
  null,
  'a string',
  42,
  { title: 5, asOf: '2020-13', lanes: 'x', entries: {} },
  {
    title: long,
    summary: 7,
    asOf: '2022',
    source: { label: '', url: 'ftp://x' },
    lanes: [
      { id: 'l', label: 'L', color: 3 },
      { id: 'l', label: 'again' },
      { id: 'bad id!', label: '' },
      'not a lane',
    ],
    eras: [{ id: 'e', start: '2020' }, { id: 'e', start: '2021', end: '2020', label: 'x' }, 5],
    entries: [
      entry({}),
      entry({}),
      entry({ id: 'B!', date: 5, end: '2019', lane: 'nope', title: '' }),
      entry({ id: 'c', end: 'ongoing', lane: 7, title: { en: 5 } }),
      entry({
        id: 'd',
        quotes: [{ text: '', speaker: 5 }, 3],
        source: 'x',
        dateBasis: 'guess',
        dateNote: long.repeat(5),
        media: { src: 'javascript:alert(1)', alt: '' },
        dateLabel: 5,
      }),
      entry({ id: 'e', media: 'x', quotes: 'x', end: '2019' }),
      entry({ id: 'f', source: { excerpt: 5, url: 'x' } }),
      7,
    ],
  },
  { title: 't', asOf: '2022', lanes: [], entries: [entry({ lane: 'x' })] },
  [],
  Array.from({ length: 120 }, (_, i) => entry({ id: `bad-${i}`, date: 'x' })),
];

function messages(): string[] {
  const out: string[] = [];
  for (const input of datasets) out.push(...validateDataset(input).issues.map((i) => i.message));
  const many = Array.from({ length: 60 }, (_, i) => entry({ id: `e${i}`, lane: `lane-${i}` }));
  out.push(...validateEntries(many, { ...belarusStory, lanes: [] }).issues.map((i) => i.message));
  out.push(...checkContrast([{ id: 'a', label: 'A', color: 'transparent' }]).issues.map((i) => i.message));
  out.push(...settingsIssues({ start: '2022-13' }, ['nope']).map((i) => i.message));
  const timelinejs: unknown[] = [
    5,
    { events: 5 },
    { events: [5], eras: 5 },
    {
      title: { text: { headline: 'x' } },
      events: [
        { start_date: {}, text: { headline: 'a' } },
        { text: { headline: 'no start date' } },
        { start_date: { year: 'x' }, text: { headline: 5 } },
        { start_date: { year: -4 }, text: { headline: 'a' } },
        { start_date: { year: 12000 }, text: { headline: 'a' } },
        { start_date: { year: 2000, day: 3 }, text: { headline: 'a' } },
        { start_date: { year: 2000, month: 13 }, text: { headline: 'a' } },
        { start_date: { year: 2000, month: 2, day: 31 }, end_date: { year: 'y' }, text: { headline: 'a' } },
        { start_date: { year: 2000 }, media: { url: 'javascript:x' }, text: { headline: 'a' } },
        { start_date: { year: 2000 }, media: { url: 'a.jpg', caption: '' }, text: { headline: 'a' } },
        { start_date: { year: 2000 }, media: { url: 'page.html', link: 'rel/x' }, text: { headline: 'a' } },
        { start_date: { year: 2000 }, text: { headline: 'a' }, type: 'title' },
        { start_date: { year: 2000 }, text: { headline: 'a' }, type: 'title' },
      ],
      eras: [{ start_date: { year: 2000 }, text: { headline: 'era' } }],
    },
    { events: [{ start_date: { year: 'x' } }] },
  ];
  for (const json of timelinejs) {
    const read = readTimelineJS(json, htmlToText);
    out.push(...checkSource(read.raw, read.issues, read.rename).issues.map((i) => i.message));
  }
  for (const csv of [
    '',
    'Foo,Bar\n1,2',
    'Year,Month,Day,Headline,Text\n',
    'Year,Month,Day,Headline,Text\n19x4,,,,x',
  ]) {
    const read = readCsv(csv, htmlToText);
    out.push(...checkSource(read.raw, read.issues, read.rename).issues.map((i) => i.message));
  }
  return [...new Set(out)];
}

describe('issueInDutch', () => {
  it('translates every message the validator, the readers and the element make', () => {
    const all = messages();
    expect(all.length).to.be.greaterThan(40);
    const left = all.map((m) => [m, issueInDutch(m)]).filter(([, nl]) => ENGLISH.test(unquoted(nl)));
    expect(left).to.deep.equal([]);
  });

  it('keeps quoted values as they were', () => {
    expect(issueInDutch('"is not a lane" is not a lane of this dataset')).to.equal(
      '"is not a lane" is geen spoor van deze dataset',
    );
    expect(issueInDutch('expected text, got a number')).to.equal('verwacht: tekst; gekregen: een getal');
  });
});
