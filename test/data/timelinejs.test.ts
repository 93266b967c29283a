import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/data/html-text.js';
import { checkSource } from '../../src/data/read-source.js';
import { readTimelineJS } from '../../src/data/timelinejs.js';

type Obj = Record<string, unknown>;

/** Reads a TimelineJS value and validates the result, as the element does. */
function convert(json: unknown) {
  const read = readTimelineJS(json, htmlToText);
  return { read, ...checkSource(read.raw, read.issues, read.rename) };
}

const slide = (fields: Obj = {}): Obj => ({
  start_date: { year: 2001 },
  text: { headline: 'A headline', text: 'Some text' },
  ...fields,
});
const one = (fields: Obj) => convert({ events: [slide(fields)] });

describe('readTimelineJS', () => {
  it('maps every field TimelineJS shows', () => {
    const r = convert({
      title: { text: { headline: 'The <i>story</i>', text: '<p>About &amp; around</p>' } },
      events: [
        {
          start_date: {
            year: '2022',
            month: '2',
            day: '24',
            hour: '5',
            minute: '30',
            display_date: 'Dawn, 24 Feb',
          },
          end_date: { year: 2022, month: 10 },
          text: { headline: 'War <b>begins</b>', text: '<p>First.</p><p>Second<br>line.</p>' },
          media: {
            url: 'https://example.org/photo.jpg',
            caption: 'Kyiv <em>at night</em>',
            credit: 'EPA',
            thumbnail: 'https://example.org/thumb.jpg',
            alt: 'A city skyline',
          },
          group: 'War',
          unique_id: 'war-begins',
        },
        {
          start_date: { year: 1994 },
          text: { headline: 'President' },
          group: 'Belarus',
          display_date: 'Since 1994',
          media: { url: 'https://www.youtube.com/watch?v=abc', caption: 'An interview' },
        },
      ],
      eras: [{ start_date: { year: 1991 }, end_date: { year: 2000 }, text: { headline: 'The nineties' } }],
    });
    expect(r.issues).to.deep.equal([]);
    const ds = r.dataset!;
    expect(ds.title).to.equal('The story');
    expect(ds.summary).to.equal('About & around');
    expect(ds.asOf).to.equal('2022-10');
    expect(ds.lanes).to.deep.equal([
      { id: 'war', label: 'War' },
      { id: 'belarus', label: 'Belarus' },
    ]);
    expect(ds.entries).to.deep.equal([
      {
        id: 'war-begins',
        date: '2022-02-24',
        end: '2022-10',
        lane: 'war',
        title: 'War begins',
        summary: 'First.\nSecond\nline.',
        media: {
          src: 'https://example.org/photo.jpg',
          alt: 'A city skyline',
          caption: 'Kyiv at night',
          credit: 'EPA',
        },
        dateLabel: 'Dawn, 24 Feb',
      },
      {
        id: 'president',
        date: '1994',
        lane: 'belarus',
        title: 'President',
        source: { excerpt: 'An interview', url: 'https://www.youtube.com/watch?v=abc' },
        dateLabel: 'Since 1994',
      },
    ]);
    expect(ds.eras).to.deep.equal([
      { id: 'the-nineties', start: '1991', end: '2000', label: 'The nineties' },
    ]);
  });

  it('keeps the precision given: a year alone stays a year', () => {
    const dates = [
      [{ year: 1994 }, '1994'],
      [{ year: '800' }, '0800'],
      [{ year: 2022, month: 10 }, '2022-10'],
      [{ year: '2022', month: '10', day: '10', hour: 23, minute: 59 }, '2022-10-10'],
      [{ year: ' 1,994 ' }, '1994'],
    ];
    for (const [start_date, date] of dates) {
      expect(one({ start_date }).dataset!.entries[0].date, JSON.stringify(start_date)).to.equal(date);
    }
  });

  it('drops an end date equal to the start, as TimelineJS does', () => {
    const r = one({ start_date: { year: 2001, month: 3 }, end_date: { year: 2001, month: 3 } });
    expect(r.dataset!.entries[0]).not.to.have.property('end');
  });

  it('joins the start and end display dates when the slide has none', () => {
    const r = one({
      start_date: { year: 2001, display_date: 'Spring' },
      end_date: { year: 2003, display_date: 'autumn 2003' },
    });
    expect(r.dataset!.entries[0].dateLabel).to.equal('Spring – autumn 2003');
  });

  describe('groups and lanes', () => {
    it('makes one lane per group in order of first appearance; ungrouped events share one', () => {
      const r = convert({
        events: [slide({ group: 'B' }), slide(), slide({ group: 'A' }), slide({ group: ' B ' })],
      });
      expect(r.dataset!.lanes.map((l) => l.id)).to.deep.equal(['b', 'a', 'other']);
      expect(r.dataset!.lanes[2].label).to.deep.equal({ en: 'Other', nl: 'Overig' });
      expect(r.dataset!.entries.map((e) => e.lane)).to.deep.equal(['b', 'other', 'a', 'b']);
    });

    it('puts a story without groups in one lane, "events"', () => {
      const r = convert({ events: [slide(), slide()] });
      expect(r.dataset!.lanes).to.deep.equal([
        { id: 'events', label: { en: 'Events', nl: 'Gebeurtenissen' } },
      ]);
    });

    it('gives groups whose names make no id one of their own', () => {
      const r = convert({ events: [slide({ group: 'Беларусь' }), slide({ group: 'Россия' })] });
      expect(r.dataset!.lanes).to.deep.equal([
        { id: 'lane-1', label: 'Беларусь' },
        { id: 'lane-2', label: 'Россия' },
      ]);
    });
  });

  describe('ids', () => {
    it('takes unique_id, slugifies one that does not fit, and makes the rest from headlines, unique', () => {
      const r = convert({
        events: [
          slide({ unique_id: 'kept-as-is' }),
          slide({ unique_id: 'Needs Slugging!' }),
          slide({ text: { headline: 'Lukashenko & Putin, 2001' } }),
          slide({ text: { headline: 'Lukashenko & Putin, 2001' } }),
          slide({ unique_id: 'kept-as-is' }),
          slide({ text: { headline: 'Лукашенко' } }),
        ],
      });
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.entries.map((e) => e.id)).to.deep.equal([
        'kept-as-is',
        'needs-slugging',
        'lukashenko-putin-2001',
        'lukashenko-putin-2001-2',
        'kept-as-is-2',
        'entry-6',
      ]);
    });
  });

  describe('HTML is read as text', () => {
    it('drops tags, decodes entities and keeps paragraph and line breaks', () => {
      const r = one({
        text: {
          headline: '<a href="javascript:alert(1)">Link</a> &lt;b&gt; &amp; &#x2014;',
          text: '<p>One</p>\n<p>Two <script>alert(1)</script><br/>three</p><ul><li>a</li><li>b</li></ul>',
        },
      });
      expect(r.dataset!.entries[0].title).to.equal('Link <b> & —');
      expect(r.dataset!.entries[0].summary).to.equal('One\nTwo\nthree\na\nb');
    });

    it('takes the first line of the text as the title when the headline is empty', () => {
      const r = one({ text: { headline: '', text: '<p>The first paragraph.</p><p>More.</p>' } });
      expect(r.dataset!.entries[0].title).to.equal('The first paragraph.');
    });

    it('adds the words of an embed code (a blockquote) to the summary', () => {
      const r = one({ media: { url: '<blockquote>Words <cite>Someone</cite></blockquote>' } });
      expect(r.dataset!.entries[0].summary).to.equal('Some text\nWords Someone');
      expect(r.dataset!.entries[0]).not.to.have.property('media');
    });
  });

  describe('media', () => {
    it('takes the caption as alt text when there is no alt', () => {
      const r = one({ media: { url: 'photos/a.png', caption: 'Two men' } });
      expect(r.dataset!.entries[0].media).to.deep.equal({
        src: 'photos/a.png',
        alt: 'Two men',
        caption: 'Two men',
      });
    });

    it('leaves out an image without alt or caption, with an issue', () => {
      const r = one({ media: { url: 'a.jpg' } });
      expect(r.dataset!.entries).to.have.length(1);
      expect(r.dataset!.entries[0]).not.to.have.property('media');
      expect(r.issues.map((i) => i.path)).to.deep.equal(['events[0].media.alt']);
    });

    for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'JAVASCRIPT:alert(1)//a.png']) {
      it(`leaves out the media ${url}, keeps the event, with an issue at media.url`, () => {
        const r = one({ media: { url, alt: 'x' } });
        expect(r.dataset!.entries).to.have.length(1);
        expect(r.dataset!.entries[0]).not.to.have.property('media');
        expect(r.dataset!.entries[0]).not.to.have.property('source');
        expect(r.issues).to.have.length(1);
        expect(r.issues[0].path).to.equal('events[0].media.url');
        expect(r.issues[0].message).to.match(/is not an http:, https: or relative URL/);
      });
    }

    it('turns video, posts and pages into links, the host when there are no words', () => {
      const urls = [
        'https://vimeo.com/1',
        'https://twitter.com/x/status/1',
        '//youtu.be/abc',
        'https://nos.nl/artikel/1',
      ];
      const r = convert({ events: urls.map((url) => slide({ media: { url } })) });
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.entries.map((e) => e.source)).to.deep.equal([
        { excerpt: 'vimeo.com', url: 'https://vimeo.com/1' },
        { excerpt: 'twitter.com', url: 'https://twitter.com/x/status/1' },
        { excerpt: 'youtu.be', url: 'https://youtu.be/abc' },
        { excerpt: 'nos.nl', url: 'https://nos.nl/artikel/1' },
      ]);
    });
  });

  describe('bad input: an issue with its path, never a throw', () => {
    const fatal: [string, unknown, string][] = [
      ['no events', { title: { text: { headline: 'T' } } }, 'events'],
      ['events that are not a list', { events: { a: 1 } }, 'events'],
      ['not an object', 'a string', ''],
      ['null', null, ''],
    ];
    for (const [what, json, path] of fatal) {
      it(`says so for ${what}`, () => {
        const r = convert(json);
        expect(r.dataset).to.equal(null);
        expect(r.issues[0].path).to.equal(path);
      });
    }

    it('says so for an empty events list', () => {
      const r = convert({ events: [] });
      expect(r.dataset).to.equal(null);
      expect(r.issues).to.deep.equal([
        { path: '', message: 'there are no events with a valid date to show' },
      ]);
    });

    it('leaves out events without a year, or with a year out of range, and draws the rest', () => {
      const r = convert({
        events: [
          slide(),
          slide({ start_date: undefined }),
          slide({ start_date: { month: 3 } }),
          slide({ start_date: { year: '19x4' } }),
          slide({ start_date: { year: -500 } }),
          slide({ start_date: { year: 0 } }),
          slide({ start_date: { year: 12000 } }),
          slide({ start_date: { year: 2001, month: 13 } }),
          slide({ start_date: { year: 2001, month: 2, day: 29 } }),
          slide({ start_date: { year: 2001, day: 3 } }),
          'not a slide',
        ],
      });
      expect(r.dataset!.entries).to.have.length(1);
      expect(r.issues.map((i) => i.path)).to.deep.equal([
        'events[10]',
        'events[1].start_date',
        'events[2].start_date.year',
        'events[3].start_date.year',
        'events[4].start_date.year',
        'events[5].start_date.year',
        'events[6].start_date.year',
        'events[7].start_date.month',
        'events[8].start_date.day',
        'events[9].start_date.day',
      ]);
      expect(r.issues[3].message).to.equal('"19x4" is not a year; the event is left out');
      expect(r.issues[4].message).to.match(/before the year 1/);
      expect(r.issues[6].message).to.match(/after the year 9999/);
      expect(r.issues[8].message).to.equal('"29" is not a day of 2001-02; the event is left out');
    });

    it('reads an event typed "title" as the title, and a second title as an event, with an issue', () => {
      const r = convert({
        events: [
          slide({ type: 'title', text: { headline: 'First title' } }),
          slide({ type: 'title', text: { headline: 'Second title' } }),
        ],
      });
      expect(r.dataset!.title).to.equal('First title');
      expect(r.dataset!.entries.map((e) => e.title)).to.deep.equal(['Second title']);
      expect(r.issues.map((i) => i.path)).to.deep.equal(['events[1].type']);
    });

    it('reads a title slide and an event typed "title" as two titles: the event stays an event', () => {
      const r = convert({
        title: slide({ text: { headline: 'T' } }),
        events: [slide({ type: 'title' }), slide()],
      });
      expect(r.dataset!.title).to.equal('T');
      expect(r.dataset!.entries).to.have.length(2);
      expect(r.issues.map((i) => i.path)).to.deep.equal(['events[0].type']);
    });

    it("names the validator's issues in the file's terms", () => {
      const r = convert({
        events: [
          slide(),
          slide({ text: { headline: 'x'.repeat(201) } }),
          slide({ start_date: { year: 2005 }, end_date: { year: 2003 } }),
          slide({ media: { url: 'a.jpg', alt: 'A', credit: 'c'.repeat(101) } }),
        ],
        title: { text: { headline: 't'.repeat(201) } },
      });
      expect(r.issues).to.deep.equal([
        {
          path: 'title.text.headline',
          message: 'the text is 201 characters long, more than the limit of 200',
        },
        {
          path: 'events[1].text.headline',
          message: 'the text is 201 characters long, more than the limit of 200',
        },
        { path: 'events[2].end_date', message: 'ends before it starts: "2003" is before "2005"' },
        {
          path: 'events[3].media.credit',
          message: 'the text is 101 characters long, more than the limit of 100',
        },
      ]);
    });

    it('leaves out an era without an end date, with an issue', () => {
      const r = convert({
        events: [slide()],
        eras: [{ start_date: { year: 1990 }, text: { headline: 'E' } }],
      });
      expect(r.dataset).not.to.have.property('eras');
      expect(r.issues.map((i) => i.path)).to.deep.equal(['eras[0].end_date']);
    });

    it('survives values of every wrong type', () => {
      const junk = [null, 5, 'x', [], {}, true];
      for (const v of junk) {
        const r = convert({
          events: [
            slide(),
            { start_date: v, end_date: v, text: v, media: v, group: v, unique_id: v, display_date: v },
          ],
          eras: v,
          title: v,
        });
        expect(r.dataset, JSON.stringify(v)).not.to.equal(null);
        expect(r.dataset!.entries.length).to.be.at.least(1);
      }
    });
  });
});
