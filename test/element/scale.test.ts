import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { entrySpan } from '../../src/dates/partial-date.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { syntheticStory } from '../synthetic.js';
import { $, $$, afterMove, settle, timelineAt } from './helpers.js';

const nodes = (el: BelarusTimeline) => el.shadowRoot!.querySelectorAll('*').length;

async function withStory(width: number, story: TimelineDataset): Promise<BelarusTimeline> {
  const el = await timelineAt(width, { lang: 'en' });
  el.dataset = story;
  await settle(el);
  return el;
}

/** Entries in date order (stable), as the keyboard walks them. */
const dateOrder = (story: TimelineDataset) =>
  story.entries
    .map((entry, i) => ({ entry, i, from: +entrySpan(entry, story.asOf)!.from }))
    .sort((a, b) => a.from - b.from || a.i - b.i)
    .map((x) => x.entry);

describe('<belarus-timeline> at scale', function () {
  this.timeout(60000);
  const story10k = syntheticStory(10_000, 7);
  const story100k = syntheticStory(100_000, 11);

  for (const [name, story] of [
    ['10,000', story10k],
    ['100,000', story100k],
  ] as const) {
    it(`keeps the DOM bounded with ${name} entries, in both layouts and zoomed`, async () => {
      for (const width of [1280, 375]) {
        const el = await withStory(width, story);
        expect(nodes(el), `${width}px`).to.be.at.most(2000);
        expect($$(el, '[part="cluster"]').length).to.be.greaterThan(0);
        el.zoomTo('2010', '2012');
        await settle(el);
        expect(nodes(el), `${width}px zoomed`).to.be.at.most(2000);
        el.remove();
      }
    });
  }

  it('draws clusters that hold exactly the entries they claim', async () => {
    for (const width of [1280, 375]) {
      const el = await withStory(width, story10k);
      const starts = story10k.entries.map((e) => ({
        id: e.id,
        lane: e.lane,
        from: +entrySpan(e, story10k.asOf)!.from,
      }));
      const clusters = $$<SVGGElement>(el, '[part="cluster"]');
      expect(clusters.length).to.be.greaterThan(3);
      // An entry drawn on its own (the focused one) is not also counted in a cluster.
      const drawn = new Set($$<SVGGElement>(el, '[part~="entry"]').map((g) => g.dataset.id));
      let total = 0;
      for (const cluster of clusters) {
        const start = Number(cluster.dataset.start);
        const end = Number(cluster.dataset.end);
        const laneClass = [...cluster.classList].find((c) => c.startsWith('lane-'))!;
        const lane = story10k.lanes[Number(laneClass.slice(5))].id;
        const held = starts.filter(
          (s) => s.from >= start && s.from < end && (width < 600 || s.lane === lane) && !drawn.has(s.id),
        );
        expect(Number(cluster.dataset.count), `${cluster.getAttribute('aria-label')}`).to.equal(held.length);
        expect(cluster.getAttribute('aria-label')).to.contain(`${held.length} entries`);
        total += held.length;
      }
      // Clusters and single marks together account for every entry of the window.
      const singles = $$(el, '[part~="entry"]').length;
      expect(total + singles).to.equal(story10k.entries.length);
      el.remove();
    }
  });

  it('lets the keyboard reach entries hidden in clusters, in date order', async () => {
    const el = await withStory(1280, story10k);
    const order = dateOrder(story10k);
    const first = $<SVGGElement>(el, '[part~="entry"][tabindex="0"]')!;
    expect(first.dataset.id).to.equal(order[0].id);
    first.focus();
    const focused = () => (el.shadowRoot!.activeElement as SVGElement | null)?.dataset.id;
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(order[1].id);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused()).to.equal(order.at(-1)!.id);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focused()).to.equal(order.at(-2)!.id);
    const mark = el.shadowRoot!.activeElement as SVGGElement;
    expect(mark.getAttribute('aria-label')).to.contain(`Entry ${order.at(-2)!.id.slice(2)}`);
    // Still clustered around it: the entry was drawn on its own because it has the focus.
    expect($$(el, '[part="cluster"]').length).to.be.greaterThan(0);
  });

  it('opens a cluster on click, and by zooming', async () => {
    const el = await withStory(1280, story10k);
    const cluster = $$<SVGGElement>(el, '[part="cluster"]')[3];
    const start = Number(cluster.dataset.start);
    const end = Number(cluster.dataset.end);
    const ranges: { start: Date; end: Date }[] = [];
    el.addEventListener('timeline-range-change', (e) => ranges.push(e.detail));
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await afterMove(el);
    expect(ranges).to.have.length(1);
    const week = 7 * 86_400_000;
    expect(+ranges[0].start).to.be.at.least(Math.min(start, (start + end) / 2 - week) - 1);
    expect(+ranges[0].end).to.be.at.most(Math.max(end, (start + end) / 2 + week) + 1);
    // Zoomed into its stretch, what it held is spread over several marks (finer clusters or
    // single entries), which together still hold exactly its entries.
    const lane =
      story10k.lanes[Number([...cluster.classList].find((c) => c.startsWith('lane-'))!.slice(5))].id;
    const held = story10k.entries.filter((e) => {
      const from = +entrySpan(e, story10k.asOf)!.from;
      return e.lane === lane && from >= start && from < end;
    });
    const heldIds = new Set(held.map((e) => e.id));
    const singles = $$<SVGGElement>(el, '[part~="entry"]').filter((g) => heldIds.has(g.dataset.id!));
    const finer = $$<SVGGElement>(
      el,
      `[part="cluster"].lane-${story10k.lanes.findIndex((l) => l.id === lane)}`,
    ).filter((g) => Number(g.dataset.start) >= start - 1 && Number(g.dataset.end) <= end + 1);
    expect(singles.length + finer.length).to.be.greaterThan(1);
    // And the lane's marks still account exactly for the entries that start in the new window.
    const [w0, w1] = [+ranges[0].start, +ranges[0].end];
    const laneIndex = story10k.lanes.findIndex((l) => l.id === lane);
    const inWindow = story10k.entries.filter((e) => {
      const from = +entrySpan(e, story10k.asOf)!.from;
      return e.lane === lane && from >= w0 && from <= w1;
    });
    const laneClusters = $$<SVGGElement>(el, `[part="cluster"].lane-${laneIndex}`);
    const laneSingles = $$<SVGGElement>(el, `[part~="entry"].lane-${laneIndex}`).filter((g) => {
      const entry = story10k.entries.find((e) => e.id === g.dataset.id)!;
      const from = +entrySpan(entry, story10k.asOf)!.from;
      return from >= w0 && from <= w1;
    });
    const sum = laneClusters.reduce((n, g) => n + Number(g.dataset.count), 0) + laneSingles.length;
    expect(sum).to.equal(inWindow.length);
    // By zoom: a narrow window shows single entries only.
    el.zoomTo('2015-03-01', '2015-03-20');
    await afterMove(el);
    expect($$(el, '[part="cluster"]')).to.have.length(0);
    expect($$(el, '[part~="entry"]').length).to.be.greaterThan(0);
  });

  it('keeps the list view complete, a page at a time', async () => {
    const el = await withStory(1280, story10k);
    el.view = 'list';
    await el.updateComplete;
    expect($$(el, '[part="list"] > li')).to.have.length(200);
    const more = $<HTMLButtonElement>(el, '.list-more')!;
    expect(more.textContent).to.contain('9800 left');
    more.click();
    await el.updateComplete;
    expect($$(el, '[part="list"] > li')).to.have.length(400);
    const order = dateOrder(story10k);
    el.select(order[5000].id);
    await el.updateComplete;
    const items = $$<HTMLLIElement>(el, '[part="list"] > li');
    expect(items).to.have.length(5001);
    expect(items[5000].dataset.id).to.equal(order[5000].id);
  });
});
