import { expect } from '@open-wc/testing';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { contrast } from './color.js';
import { $, $$, settle, timelineAt } from './helpers.js';

const story: TimelineDataset = {
  title: 'A story with eras',
  asOf: '2024-06',
  lanes: [
    { id: 'one', label: 'One' },
    { id: 'two', label: 'Two' },
  ],
  eras: [
    { id: 'early', start: '2000', end: '2007', label: { en: 'Early years', nl: 'Vroege jaren' } },
    { id: 'crisis', start: '2010', end: '2014', label: 'Crisis' },
  ],
  entries: [
    { id: 'before', date: '1998', lane: 'one', title: 'Before any era' },
    { id: 'a', date: '2001-05', lane: 'one', title: 'Early one' },
    { id: 'b', date: '2003', end: '2005', lane: 'two', title: 'Early two' },
    { id: 'between', date: '2008-06', lane: 'two', title: 'Between eras' },
    { id: 'c', date: '2011-03-04', lane: 'one', title: 'In the crisis' },
    { id: 'after', date: '2016', lane: 'two', title: 'After' },
  ],
};

async function withEras(width: number, attrs: Record<string, string> = {}) {
  const el = await timelineAt(width, { lang: 'en', gaps: 'none', ...attrs });
  el.dataset = story;
  await settle(el);
  return el;
}

const era = (el: BelarusTimeline, id: string) => $<SVGGElement>(el, `[part="era"][data-era="${id}"]`)!;
const num = (node: Element, name: string) => Number(node.getAttribute(name));

/** Where the axis puts `year` (its tick's grid line), along x or y. */
function tickAt(el: BelarusTimeline, year: string, axis: 'x' | 'y'): number {
  const text = $$(el, '[part="axis"] .tick').find((t) => t.textContent!.trim() === year)!;
  expect(text, `a tick for ${year}`).to.not.equal(undefined);
  const grid = text.previousElementSibling!;
  return num(grid, `${axis}1`);
}

describe('<belarus-timeline> eras', () => {
  for (const theme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      it(`has no axe violations with eras: ${theme}, ${width}px`, async () => {
        const el = await withEras(width, { theme, selected: 'c' });
        await expect(el).to.be.accessible();
      });
    }
  }

  it('draws a band across the lanes at its dates, labelled along the top (horizontal)', async () => {
    const el = await withEras(1280);
    expect(el.layout).to.equal('horizontal');
    expect($$<SVGGElement>(el, '[part="era"]').map((g) => g.dataset.era)).to.deep.equal(['early', 'crisis']);
    const band = era(el, 'early').querySelector('.era-band')!;
    expect(num(band, 'x')).to.be.closeTo(tickAt(el, '2000', 'x'), 0.01);
    // The end is exclusive: a year-precision `2007` runs to the start of 2008.
    expect(num(band, 'x') + num(band, 'width')).to.be.closeTo(tickAt(el, '2008', 'x'), 0.01);
    const crisis = era(el, 'crisis').querySelector('.era-band')!;
    expect(num(crisis, 'x')).to.be.closeTo(tickAt(el, '2010', 'x'), 0.01);
    // Behind every lane: from above the first lane's band to the bottom of the last.
    const lanes = $$(el, '.lane .band').map((r) => r.getBoundingClientRect());
    const box = band.getBoundingClientRect();
    expect(box.top).to.be.at.most(lanes[0].top);
    expect(box.bottom).to.be.at.least(lanes.at(-1)!.bottom - 0.5);
    // The label sits above the lanes, inside the band.
    const label = era(el, 'early').querySelector('.era-label')!;
    expect(label.textContent).to.equal('Early years');
    const text = label.getBoundingClientRect();
    expect(text.bottom).to.be.at.most(lanes[0].top);
    expect(text.left).to.be.at.least(box.left);
    // Under the entries: an entry inside the era is still what a click there reaches.
    const mark = $(el, '[part~="entry"][data-id="a"] .hit')!.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(mark.left + 4, mark.top + mark.height / 2);
    expect(hit?.closest('[part~="entry"]')?.getAttribute('data-id')).to.equal('a');
  });

  it('draws a band across the plot beside the axis, labelled in its strip (vertical)', async () => {
    const el = await withEras(375);
    expect(el.layout).to.equal('vertical');
    const band = era(el, 'early').querySelector('.era-band')!;
    expect(num(band, 'y')).to.be.closeTo(tickAt(el, '2000', 'y'), 0.01);
    const crisis = era(el, 'crisis').querySelector('.era-band')!;
    expect(num(crisis, 'y')).to.be.closeTo(tickAt(el, '2010', 'y'), 0.01);
    const box = band.getBoundingClientRect();
    const plot = $(el, 'svg.plot')!.getBoundingClientRect();
    expect(box.right).to.be.closeTo(plot.right, 1);
    // The label runs down its strip, left of every entry's mark and text.
    const label = era(el, 'early').querySelector('.era-label')!.getBoundingClientRect();
    expect(label.height).to.be.greaterThan(label.width);
    const marks = $$(el, '.track-mark .solid, .track-mark .uncertain, .track-mark .dot');
    for (const mark of marks) expect(mark.getBoundingClientRect().left).to.be.at.least(label.right);
  });

  it('keeps the bands to the view: zoomed into one era, only it is drawn, filling the range', async () => {
    const el = await withEras(1280, { start: '2011', end: '2012' });
    expect($$<SVGGElement>(el, '[part="era"]').map((g) => g.dataset.era)).to.deep.equal(['crisis']);
    const band = era(el, 'crisis').querySelector('.era-band')!.getBoundingClientRect();
    const plot = $(el, 'svg.plot')!.getBoundingClientRect();
    expect(band.left).to.be.closeTo(plot.left + 16, 1);
    expect(band.right).to.be.closeTo(plot.right - 16, 1);
  });

  it('labels eras in the language of the element', async () => {
    const el = await withEras(1280, { lang: 'nl' });
    expect(era(el, 'early').querySelector('.era-label')!.textContent).to.equal('Vroege jaren');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets 4.5:1 for era labels and 3:1 for era edges (${theme})`, async () => {
      const el = await withEras(1280, { theme });
      const bg = getComputedStyle(el).backgroundColor;
      const g = era(el, 'early');
      const label = contrast(
        getComputedStyle(g.querySelector('.era-label')!).fill,
        getComputedStyle(g.querySelector('.era-head')!).fill,
      );
      const edge = contrast(getComputedStyle(g.querySelector('.era-edge')!).stroke, bg);
      expect(label, 'label on its strip').to.be.at.least(4.5);
      expect(edge, 'edge on the background').to.be.at.least(3);
    });
  }

  it('heads its part of the list view, in order; entries outside every era have none', async () => {
    const el = await withEras(900, { view: 'list' });
    await expect(el).to.be.accessible();
    const read = (list: Element): unknown[] =>
      [...list.children].map((li) =>
        li.classList.contains('list-era')
          ? [li.querySelector('h3')!.textContent!.trim(), read(li.querySelector('ol')!)]
          : (li as HTMLElement).dataset.id,
      );
    // Each era is an item with its heading and a list of the entries that start in it.
    expect(read($(el, '[part="list"]')!)).to.deep.equal([
      'before',
      ['Early years', ['a', 'b']],
      'between',
      ['Crisis', ['c']],
      'after',
    ]);
    // Entries under an era have a heading one level below it; those before any era stay h3.
    expect($(el, '[data-id="before"] h3')).to.not.equal(null);
    expect($(el, '[data-id="a"] h4')!.textContent!.trim()).to.equal('Early one');
  });

  it('puts the eras into toSVG(), bands with their fill and labels', async () => {
    const el = await withEras(1280);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!.trim());
    expect(texts).to.include('Early years');
    expect(texts).to.include('Crisis');
    const head = $(el, '.era-head')!;
    const fill = getComputedStyle(head).fill;
    expect(doc.querySelector(`rect[fill="${fill}"]`), `a band filled ${fill}`).to.not.equal(null);
    expect(doc.querySelector('[data-era]')).to.equal(null);
  });

  it('draws no era strip for a story without eras', async () => {
    const el = await timelineAt(1280, { lang: 'en' });
    expect($(el, '[part="era"]')).to.equal(null);
    const withStrip = await withEras(1280);
    const first = (t: BelarusTimeline) =>
      $(t, '.lane .band')!.getBoundingClientRect().top - $(t, 'svg.plot')!.getBoundingClientRect().top;
    expect(first(withStrip) - first(el)).to.equal(20);
  });
});
