import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/index.js';
import type { Lang, Localized, TimelineDataset, TimelineEntry } from '../../src/data/index.js';
import { localize } from '../../src/data/localize.js';
import { readMarkup } from '../../src/data/markup-reader.js';
import { datasetToMarkup } from '../../src/data/markup-writer.js';
import { validateDataset } from '../../src/data/validate.js';
import { formatEntryDate } from '../../src/dates/format.js';

type Obj = Record<string, unknown>;

/** The `<belarus-timeline>` of `html`, parsed as a page would be, scripts inert. */
function parse(html: string): Element {
  return new DOMParser().parseFromString(html, 'text/html').querySelector('belarus-timeline')!;
}

/** A light-DOM fallback as an author writes it, wrapped in the element. */
const host = (inner: string) => parse(`<belarus-timeline>${inner}</belarus-timeline>`);

const roundTrip = (dataset: TimelineDataset, lang: Lang) =>
  validateDataset(readMarkup(parse(datasetToMarkup(dataset, lang))));

/** Present fields only, so that `deep.equal` compares what is there. */
function defined<T extends Obj>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** A quote's translation in `lang` only, as the markup carries it. */
const translation = (value: Localized | undefined, lang: Lang) =>
  typeof value === 'string' ? value : value?.[lang];

/** The one-language view of `dataset` that its markup in `lang` holds. */
function project(dataset: TimelineDataset, lang: Lang): TimelineDataset {
  const l = (value: Localized | undefined) => localize(value, lang) || undefined;
  const entry = (e: TimelineEntry): TimelineEntry =>
    defined({
      id: e.id,
      date: e.date,
      end: e.end,
      lane: e.lane,
      title: localize(e.title, lang),
      summary: l(e.summary),
      quotes: e.quotes?.length
        ? e.quotes.map((q) =>
            defined({
              text: q.text,
              speaker: q.speaker,
              role: l(q.role),
              translation: translation(q.translation, lang),
            }),
          )
        : undefined,
      source: e.source ? defined({ excerpt: e.source.excerpt, url: e.source.url }) : undefined,
      dateBasis: e.dateBasis,
      dateNote: l(e.dateNote),
    });
  const out: TimelineDataset = {
    title: localize(dataset.title, lang),
    asOf: dataset.asOf,
    lanes: dataset.lanes.map((lane) =>
      defined({ id: lane.id, label: localize(lane.label, lang), color: lane.color }),
    ),
    entries: dataset.entries.map(entry),
  };
  if (dataset.source) {
    out.source = defined({ label: localize(dataset.source.label, lang), url: dataset.source.url });
  }
  return out;
}

const EVIL = `<script>alert("x")</script> & <img src=x onerror="alert('y')"> "quoted" 'single' &amp; </ol>`;
const EVIL_URL = `https://example.test/?q="><img src=x onerror=alert(1)>&a=<b>`;

/** Markup in every text and every attribute that can hold it. */
const evil: TimelineDataset = {
  title: { nl: `nl ${EVIL}`, en: `en ${EVIL}` },
  asOf: '2022-10',
  source: { label: EVIL, url: EVIL_URL },
  lanes: [{ id: 'belarus', label: EVIL, color: `"><script>alert(1)</script>` }],
  entries: [
    {
      id: 'evil',
      date: '2022-02',
      end: '2022-10',
      lane: 'belarus',
      title: `title ${EVIL}`,
      summary: { nl: `nl ${EVIL}`, en: `en ${EVIL}` },
      quotes: [
        { text: `text ${EVIL}`, speaker: `speaker ${EVIL}`, role: EVIL, translation: `translation ${EVIL}` },
      ],
      source: { excerpt: `excerpt ${EVIL}`, url: EVIL_URL },
      dateBasis: 'inferred',
      dateNote: `note ${EVIL}`,
    },
  ],
};

describe('light-DOM markup', () => {
  describe('round trip', () => {
    for (const lang of ['nl', 'en'] as const) {
      it(`reads back the built-in story in ${lang} exactly, with no issues`, () => {
        const { dataset, issues } = roundTrip(belarusStory, lang);
        expect(issues).to.deep.equal([]);
        expect(dataset).to.deep.equal(project(belarusStory, lang));
      });
    }

    it('reads the same after reformatting (whitespace around every tag, as an editor may add)', () => {
      for (const dataset of [belarusStory, evil]) {
        // Text and attribute values hold no raw `<` or `>` (they are escaped): these are all tags.
        const html = datasetToMarkup(dataset, 'en').replace(/</g, '\n\t  <').replace(/>/g, '>\n   ');
        const { dataset: read, issues } = validateDataset(readMarkup(parse(html)));
        expect(issues).to.deep.equal([]);
        expect(read).to.deep.equal(project(dataset, 'en'));
      }
    });

    it('keeps the translations of the language only (none in Dutch, all in English)', () => {
      const nl = roundTrip(belarusStory, 'nl').dataset!;
      const en = roundTrip(belarusStory, 'en').dataset!;
      expect(nl.entries.flatMap((e) => e.quotes ?? []).filter((q) => q.translation)).to.have.length(0);
      const quotes = en.entries.flatMap((e) => e.quotes ?? []);
      expect(quotes.length).to.be.greaterThan(10);
      expect(quotes.every((q) => typeof q.translation === 'string' && q.translation)).to.be.true;
    });

    it('writes the element with the language and the snippet ends without a stray newline', () => {
      const html = datasetToMarkup(belarusStory, 'en');
      expect(html.startsWith('<belarus-timeline lang="en">\n')).to.be.true;
      expect(html.endsWith('\n</belarus-timeline>')).to.be.true;
      expect(parse(html).getAttribute('lang')).to.equal('en');
    });
  });

  describe('escaping', () => {
    for (const lang of ['nl', 'en'] as const) {
      it(`round-trips markup characters in every text and attribute as text (${lang})`, () => {
        const { dataset, issues } = roundTrip(evil, lang);
        expect(issues).to.deep.equal([]);
        expect(dataset).to.deep.equal(project(evil, lang));
        expect(dataset!.entries[0].quotes![0].translation).to.equal(`translation ${EVIL}`);
      });
    }

    it('puts no element or attribute of its own into the article', () => {
      const doc = new DOMParser().parseFromString(datasetToMarkup(evil, 'nl'), 'text/html');
      expect(doc.querySelectorAll('script, img, b').length).to.equal(0);
      const attributes = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
      expect(attributes.filter((name) => name.startsWith('on') || name === 'src')).to.deep.equal([]);
      // One list, one entry: `</ol>` in the text closed nothing.
      expect(doc.querySelectorAll('ol, ol > li').length).to.equal(2);
    });
  });

  describe('broken markup', () => {
    it('is null without an <ol> child', () => {
      expect(readMarkup(host(''))).to.equal(null);
      expect(readMarkup(host('<p>Loekasjenko</p>'))).to.equal(null);
      // Only a direct child counts: a list deeper in is the page's own.
      expect(readMarkup(host('<div><ol><li><time>2022</time> <strong>A</strong></li></ol></div>'))).to.equal(
        null,
      );
    });

    it('is null, never a throw, for what is not a node', () => {
      expect(readMarkup(null as unknown as ParentNode)).to.equal(null);
      expect(readMarkup({} as ParentNode)).to.equal(null);
    });

    it('leaves out an entry without a <time>, with an issue', () => {
      const { dataset, issues } = validateDataset(
        readMarkup(
          host(`<ol>
            <li data-lane="war"><strong>No date</strong></li>
            <li data-lane="war"><time datetime="2022-02">februari 2022</time>: <strong>Dated</strong></li>
          </ol>`),
        ),
      );
      expect(issues.map((i) => i.path)).to.deep.equal(['entries[0].date']);
      expect(dataset!.entries.map((e) => e.title)).to.deep.equal(['Dated']);
    });

    it('leaves out an entry with an impossible date, with an issue', () => {
      const { dataset, issues } = validateDataset(
        readMarkup(
          host(`<ol data-as-of="2022-10">
            <li data-lane="war"><time datetime="2022-02-30">30 februari</time> <strong>Bad</strong></li>
            <li data-lane="war"><time datetime="2022">2022</time> – <time datetime="2021">2021</time>
              <strong>Backwards</strong></li>
          </ol>`),
        ),
      );
      expect(issues.map((i) => i.path)).to.deep.equal(['entries[0].date', 'entries[1].end']);
      expect(dataset!.entries).to.deep.equal([]);
    });

    it('reports an empty <ol> (no entries, so no date)', () => {
      const { dataset, issues } = validateDataset(readMarkup(host('<ol></ol>')));
      expect(dataset).to.equal(null);
      expect(issues.map((i) => i.path)).to.deep.equal(['asOf']);
    });

    it('never throws on odd markup', () => {
      const odd = [
        '<ol><li></li><li><time></time><time></time><time></time></li></ol>',
        '<ol>text only<!-- a comment --></ol><ul data-lanes><li></li><li data-id="x">X</li></ul>',
        '<ol><li data-id="Bad Id!" data-lane="!!"><strong></strong><figure></figure><blockquote></blockquote></li></ol>',
        '<ol><li><ol><li><time>2022</time></li></ol></li></ol><p data-source></p>',
        `<ol><li>${'<span>'.repeat(2000)}deep${'</span>'.repeat(2000)}</li></ol>`,
      ];
      for (const html of odd) {
        const read = readMarkup(host(html));
        expect(read, html).to.be.an('object');
        const { issues } = validateDataset(read);
        expect(issues.length, html).to.be.greaterThan(0);
      }
    });
  });

  describe('hand-written markup', () => {
    it('reads a minimal list: lanes humanised, asOf the latest date, title from the heading', () => {
      const read = readMarkup(
        host(`<h3>Kort verhaal</h3>
          <ol>
            <li data-id="a" data-lane="belarus-russia">
              <time datetime="2020-08">augustus 2020</time>: <strong>Protesten</strong>
            </li>
            <li data-lane="my_lane"><time>2022-10-10</time>: <strong>Maandag</strong></li>
            <li data-lane="belarus-russia"><time datetime="2021">2021</time> – <time datetime="ongoing">heden</time>:
              <strong>Lopend</strong></li>
          </ol>`),
      );
      const { dataset, issues } = validateDataset(read);
      expect(issues).to.deep.equal([]);
      expect(dataset).to.deep.equal({
        title: 'Kort verhaal',
        asOf: '2022-10-10',
        lanes: [
          { id: 'belarus-russia', label: 'Belarus russia' },
          { id: 'my_lane', label: 'My lane' },
        ],
        entries: [
          { id: 'a', date: '2020-08', lane: 'belarus-russia', title: 'Protesten' },
          // Without data-id, ids are made from the titles.
          { id: 'maandag', date: '2022-10-10', lane: 'my_lane', title: 'Maandag' },
          { id: 'lopend', date: '2021', end: 'ongoing', lane: 'belarus-russia', title: 'Lopend' },
        ],
      });
    });

    it('reads the attribute forms: data-title, data-speaker, data-role, li[data-date-basis]', () => {
      const read = readMarkup(
        host(`<ol data-title="Titel" data-as-of="2022-10">
            <li data-id="x" data-lane="war" data-date-basis="background">
              <time datetime="2022-02-24">24 februari 2022</time>
              <h3 data-title>  De   oorlog
                begint </h3>
              <p>Eén.</p>
              <p class="more">Twee.</p>
              <blockquote data-speaker="Franka Hummels" data-role="journalist">
                Echt
                <p data-translation>Really</p>
              </blockquote>
              <q data-source>Het begin van de oorlog</q>
              <small data-date-note>Achtergrondkennis.</small>
            </li>
          </ol>
          <ul data-lanes><li data-id="war" data-color="red">Oorlog</li><li data-id="unused">Ongebruikt</li></ul>`),
      );
      const { dataset, issues } = validateDataset(read);
      expect(issues).to.deep.equal([]);
      expect(dataset).to.deep.equal({
        title: 'Titel',
        asOf: '2022-10',
        lanes: [
          { id: 'war', label: 'Oorlog', color: 'red' },
          { id: 'unused', label: 'Ongebruikt' },
        ],
        entries: [
          {
            id: 'x',
            date: '2022-02-24',
            lane: 'war',
            title: 'De oorlog begint',
            summary: 'Eén. Twee.',
            quotes: [{ text: 'Echt', speaker: 'Franka Hummels', role: 'journalist', translation: 'Really' }],
            source: { excerpt: 'Het begin van de oorlog' },
            dateBasis: 'background',
            dateNote: 'Achtergrondkennis.',
          },
        ],
      });
    });

    it('keeps a no-break space, as HTML shows it, and reads a fragment too', () => {
      const template = document.createElement('template');
      template.content.append(
        parse(datasetToMarkup(belarusStory, 'nl')).querySelector('ol')!.cloneNode(true),
      );
      const li = template.content.querySelector('li')!;
      li.querySelector('strong')!.textContent = 'Loekasjenko\u00a0president';
      const { dataset } = validateDataset(readMarkup(template.content));
      expect(dataset!.entries[0].title).to.equal('Loekasjenko\u00a0president');
      expect(dataset!.entries).to.have.length(belarusStory.entries.length);
    });
  });

  describe('without CSS or JavaScript', () => {
    for (const lang of ['nl', 'en'] as const) {
      it(`reads as a list of dates and titles, in order (${lang})`, () => {
        const ol = parse(datasetToMarkup(belarusStory, lang)).querySelector('ol')!;
        const shown = ol.textContent!.replace(/\s+/g, ' ');
        let from = 0;
        for (const entry of belarusStory.entries) {
          const line = `${formatEntryDate(entry, lang)}: ${localize(entry.title, lang)}`;
          const at = shown.indexOf(line, from);
          expect(at, line).to.be.greaterThan(-1);
          from = at + line.length;
        }
      });
    }

    it('hides only the lanes list, which says nothing without the drawing', () => {
      const el = parse(datasetToMarkup(belarusStory, 'nl'));
      expect([...el.querySelectorAll('[hidden]')].map((e) => e.localName)).to.deep.equal(['ul']);
      expect(el.querySelector('ul[hidden]')!.hasAttribute('data-lanes')).to.be.true;
      expect(el.querySelector('h2')!.textContent).to.equal(localize(belarusStory.title, 'nl'));
    });
  });
});
