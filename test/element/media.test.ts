import { expect } from '@open-wc/testing';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import type { TimelineDataset, TimelineEntry } from '../../src/data/types.js';
import type { TimelineErrorEvent } from '../../src/events.js';
import { imageSrc } from '../../src/render/entry-body.js';
import { $, $$, entryMark, settle, timelineAt } from './helpers.js';

/** A fresh URL of the fixture image per test, so that the resource timings tell its requests apart. */
let serial = 0;
const photo = () => `/test/fixtures/photo.png?media-test=${Date.now()}-${++serial}`;

/** Whether the page has asked for `url` (resource timings list every request it made). */
const requested = (url: string) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(url));

const story = (entries: Partial<TimelineEntry>[]): TimelineDataset => ({
  title: 'Pictures',
  asOf: '2024',
  lanes: [{ id: 'one', label: 'One' }],
  entries: entries.map((e, i) => ({
    id: `e${i}`,
    date: `${2000 + i}`,
    lane: 'one',
    title: `Entry ${i}`,
    ...e,
  })),
});

async function withStory(entries: Partial<TimelineEntry>[], attrs: Record<string, string> = {}) {
  const el = await timelineAt(1000, { lang: 'en', ...attrs });
  el.dataset = story(entries);
  await settle(el);
  return el;
}

const click = (el: BelarusTimeline, id: string) =>
  entryMark(el, id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

/** Resolves when `img` has loaded (or failed), then waits for a frame. */
async function loaded(img: HTMLImageElement) {
  img.scrollIntoView();
  if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('<belarus-timeline> media', () => {
  before(() => performance.setResourceTimingBufferSize(5000));

  it('is an accessible lazy image with alt, caption and credit beneath', async () => {
    const src = photo();
    const el = await withStory([
      { media: { src, alt: { nl: 'Twee vlakken', en: 'Two squares' }, caption: 'In 2001', credit: 'EPA' } },
    ]);
    el.select('e0');
    await settle(el);
    await expect(el).to.be.accessible();
    const img = $<HTMLImageElement>(el, '[part="detail"] figure.media img')!;
    expect(img.getAttribute('alt')).to.equal('Two squares');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('src')).to.equal(src);
    expect(img.hasAttribute('style')).to.equal(false);
    const caption = $(el, '[part="detail"] figure.media figcaption')!;
    expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('In 2001 EPA');
    expect(caption.querySelector('.credit')!.textContent).to.equal('EPA');
    el.lang = 'nl';
    await el.updateComplete;
    expect(img.getAttribute('alt')).to.equal('Twee vlakken');
  });

  it('reserves the image box: the figure is as tall before the image arrives as after', async () => {
    const src = photo();
    const el = await withStory([{ media: { src, alt: 'Two squares', caption: 'A caption' } }]);
    el.select('e0');
    await el.updateComplete;
    const figure = $<HTMLElement>(el, '[part="detail"] figure.media')!;
    const img = figure.querySelector('img')!;
    const before = figure.getBoundingClientRect().height;
    const boxBefore = img.getBoundingClientRect();
    await loaded(img);
    expect(img.naturalWidth, 'the image loaded').to.equal(64);
    expect(figure.getBoundingClientRect().height).to.be.closeTo(before, 0.5);
    // The box is the reserved 3:2, not the picture's own 2:1 (it is fitted inside).
    expect(boxBefore.height).to.be.greaterThan(100);
    expect(img.getBoundingClientRect().height).to.be.closeTo(boxBefore.height, 0.5);
    expect(boxBefore.width / boxBefore.height).to.be.closeTo(1.5, 0.02);
  });

  it('asks for no image before its entry is shown', async () => {
    const src = photo();
    const el = await withStory([{ media: { src, alt: 'Two squares' } }, {}]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect($(el, 'figure.media')).to.equal(null);
    expect(requested(src), 'requested before selection').to.equal(false);
    click(el, 'e0');
    await settle(el);
    await loaded($<HTMLImageElement>(el, '[part="detail"] img')!);
    expect(requested(src), 'requested once shown').to.equal(true);
  });

  it('shows the image in the list view too', async () => {
    const src = photo();
    const el = await withStory([{}, { media: { src, alt: 'Two squares', credit: 'EPA' } }], { view: 'list' });
    const items = $$<HTMLLIElement>(el, '[part="list"] > li.list-item');
    expect(items.map((li) => !!li.querySelector('img'))).to.deep.equal([false, true]);
    const img = items[1].querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.alt).to.equal('Two squares');
    await expect(el).to.be.accessible();
  });

  it('makes a bad image URL an issue at entries[i].media.src and draws nothing for it', async () => {
    const el = await timelineAt(1000, { lang: 'en' });
    const errors: TimelineErrorEvent[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e));
    el.dataset = story([{}, { media: { src: 'javascript:alert(1)', alt: 'Bad' } }]);
    await settle(el);
    expect(errors.at(-1)!.detail.issues.map((i) => i.path)).to.deep.equal(['entries[1].media.src']);
    expect(el.entries[1].media).to.equal(undefined);
    el.select('e1');
    el.view = 'list';
    await settle(el);
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'figure.media')).to.equal(null);
  });

  it('renders defensively: only http:, https: and relative image URLs', () => {
    expect(imageSrc('https://example.org/a.jpg')).to.equal('https://example.org/a.jpg');
    expect(imageSrc('http://example.org/a.jpg')).to.equal('http://example.org/a.jpg');
    expect(imageSrc('/img/a.png')).to.equal('/img/a.png');
    expect(imageSrc('a.png')).to.equal('a.png');
    expect(imageSrc('//cdn.example.org/a.png')).to.equal('//cdn.example.org/a.png');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:image/png;base64,AA',
      'blob:x',
      '',
      ' ',
    ]) {
      expect(imageSrc(bad), bad).to.equal(null);
    }
    expect(imageSrc(undefined)).to.equal(null);
    expect(imageSrc({ toString: () => 'https://x' })).to.equal(null);
  });

  it('keeps a summary’s line breaks', async () => {
    const el = await withStory([{ summary: 'First paragraph.\nSecond paragraph.' }]);
    el.select('e0');
    await el.updateComplete;
    const summary = $<HTMLElement>(el, '[part="detail"] .summary')!;
    expect(summary.textContent).to.equal('First paragraph.\nSecond paragraph.');
    expect(getComputedStyle(summary).whiteSpace).to.equal('pre-line');
    // Two lines tall, not one.
    const line = parseFloat(getComputedStyle(summary).lineHeight);
    expect(summary.getBoundingClientRect().height).to.be.closeTo(2 * line, 2);
  });

  describe('a source of its own', () => {
    it('labels a link elsewhere "Source", the excerpt as its text; the story’s own excerpts stay "From the article"', async () => {
      const el = await withStory([
        { source: { excerpt: 'youtube.com', url: 'https://www.youtube.com/watch?v=x' } },
        { source: { excerpt: 'Words of the article' } },
      ]);
      el.select('e0');
      await el.updateComplete;
      const excerpt = $(el, '[part="detail"] .excerpt')!;
      expect(excerpt.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: youtube.com');
      const link = excerpt.querySelector('a')!;
      expect(link.href).to.equal('https://www.youtube.com/watch?v=x');
      expect(link.textContent).to.equal('youtube.com');
      expect(excerpt.querySelector('q')).to.equal(null);
      el.select('e1');
      await el.updateComplete;
      expect($(el, '[part="detail"] .excerpt')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'From the article: Words of the article',
      );
    });

    it('keeps "From the article" for an excerpt that links to the story’s own source', async () => {
      const el = await timelineAt(1000, { lang: 'nl' });
      el.dataset = {
        ...story([{ source: { excerpt: 'Woorden', url: 'https://news.example/a' } }]),
        source: { label: 'Krant', url: 'https://news.example/a' },
      };
      el.select('e0');
      await settle(el);
      const excerpt = $(el, '[part="detail"] .excerpt')!;
      expect(excerpt.querySelector('.label')!.textContent).to.equal('Uit het artikel:');
      expect(excerpt.querySelector('q')!.textContent).to.equal('Woorden');
      expect(excerpt.querySelector('a')!.textContent).to.equal('Bron');
    });
  });
});
