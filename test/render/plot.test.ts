import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/article-2022-10.js';
import { localize } from '../../src/data/localize.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { formatEntryDate } from '../../src/dates/format.js';
import { formatTick } from '../../src/dates/tick-format.js';
import { strings } from '../../src/i18n.js';
import { horizontal, vertical } from '../../src/orientation/index.js';
import { renderPlot, type PlotContext } from '../../src/render/plot.js';
import { gapLabel } from '../../src/scale/gap-label.js';
import { frameLayout, type Model } from '../../src/view/model.js';
import { syntheticStory } from '../synthetic.js';
import { measure, modelOf, type ModelOptions } from '../view/helpers.js';
import { click, show, textOf } from './helpers.js';

interface Seen {
  selected: string[];
  clusters: [number, number][];
  keys: string[];
  pointers: number;
}

function context(
  model: Model,
  seen: Seen,
  options: Partial<PlotContext> & { width?: number } = {},
): PlotContext {
  const { width = 1000, ...rest } = options;
  const lang = rest.lang ?? 'en';
  const frame = model.frame!;
  const pinned = [rest.focusId ?? null, rest.selected ?? null];
  return {
    ...frame,
    t: strings[lang],
    lang,
    lanes: model.story.dataset.lanes,
    layout: frameLayout(model, width, pinned, { lang, strings: strings[lang] }, measure),
    selected: null,
    title: 'The heading',
    byId: model.story.byId,
    focusId: null,
    keyboard: false,
    hint: false,
    onSelect: (id) => seen.selected.push(id),
    onCluster: (start, end) => seen.clusters.push([start, end]),
    onKeydown: (e) => seen.keys.push(e.key),
    onPointerDown: () => seen.pointers++,
    ...rest,
  };
}

async function plot(dataset: TimelineDataset, options: ModelOptions = {}, extra: Partial<PlotContext> = {}) {
  const seen: Seen = { selected: [], clusters: [], keys: [], pointers: 0 };
  const model = modelOf(dataset, options);
  const ctx = context(model, seen, { width: options.width, ...extra });
  const root = await show(renderPlot(ctx));
  return { root, seen, ctx, model };
}

const entries = (root: Element) => [...root.querySelectorAll<SVGGElement>('[part~="entry"]')];
const entry = (root: Element, id: string) =>
  root.querySelector<SVGGElement>(`[part~="entry"][data-id="${id}"]`)!;
const en = (id: string) => belarusStory.entries.find((e) => e.id === id)!;

describe('plot fragment (render/plot)', () => {
  it('is a named group described by the summary, sized by its layout', async () => {
    const { root, ctx } = await plot(belarusStory);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('part')).to.equal('plot');
    expect(svg.getAttribute('role')).to.equal('group');
    expect(svg.getAttribute('aria-label')).to.equal('Timeline: The heading');
    expect(svg.getAttribute('aria-describedby')).to.equal('summary');
    expect(svg.getAttribute('width')).to.equal(String(ctx.layout.width));
    expect(svg.getAttribute('height')).to.equal(String(ctx.layout.height));
    expect(svg.classList.contains('horizontal')).to.be.true;
    expect(svg.classList.contains('keyboard')).to.be.false;
    expect(root.querySelector('.entries')!.getAttribute('aria-label')).to.equal('Entries');
  });

  it('draws every entry as a button named by what it shows, date first', async () => {
    const { root } = await plot(belarusStory);
    expect(entries(root).map((g) => g.dataset.id)).to.have.members(belarusStory.entries.map((e) => e.id));
    const war = entry(root, 'war-in-ukraine');
    expect(war.getAttribute('role')).to.equal('button');
    expect(war.getAttribute('part')).to.equal('entry period');
    expect(war.getAttribute('aria-label')).to.equal('February 24, 2022 – present: War in Ukraine (period)');
    const election = entry(root, 'election-2020');
    expect(election.getAttribute('part')).to.equal('entry point');
    expect(election.getAttribute('aria-label')).to.equal(
      `August 9, 2020: ${localize(en('election-2020').title, 'en')}`,
    );
    // The visible label starts the name (label in name).
    for (const g of entries(root)) {
      const label = textOf(g.querySelector('text.label'));
      const title = localize(en(g.dataset.id!).title, 'en');
      expect(title.startsWith(label.replace(/…$/, '')), label).to.be.true;
      expect(g.getAttribute('aria-label')!.startsWith(formatEntryDate(en(g.dataset.id!), 'en'))).to.be.true;
    }
  });

  it('names entries with their lane when vertical, and in the reader’s language', async () => {
    const { root } = await plot(belarusStory, { orientation: vertical, width: 375 }, { lang: 'nl' });
    expect(root.querySelector('svg')!.getAttribute('aria-label')).to.equal('Tijdlijn: The heading');
    expect(root.querySelector('svg')!.classList.contains('vertical')).to.be.true;
    expect(entry(root, 'war-in-ukraine').getAttribute('aria-label')).to.equal(
      '24 februari 2022 – heden · Oorlog in Oekraïne: Oorlog in Oekraïne (periode)',
    );
    // The date and lane line above the title is there to see.
    expect(textOf(entry(root, 'war-in-ukraine').querySelector('text.meta'))).to.equal(
      '24 februari 2022 – heden · Oorlog in Oekraïne',
    );
  });

  it('marks the selected entry pressed, and puts the tab stop on the focused one only', async () => {
    const { root } = await plot(belarusStory, {}, { selected: 'election-2020', focusId: 'war-in-ukraine' });
    for (const g of entries(root)) {
      const id = g.dataset.id;
      expect(g.getAttribute('aria-pressed'), id).to.equal(id === 'election-2020' ? 'true' : 'false');
      expect(g.classList.contains('selected'), id).to.equal(id === 'election-2020');
      expect(g.getAttribute('tabindex'), id).to.equal(id === 'war-in-ukraine' ? '0' : '-1');
    }
  });

  it('calls onSelect with the id of the entry clicked, wherever on its mark', async () => {
    const { root, seen } = await plot(belarusStory);
    click(entry(root, 'war-in-ukraine').querySelector('.hit')!);
    click(entry(root, 'election-2020').querySelector('text.label')!);
    click(root.querySelector('.axis')!);
    expect(seen.selected).to.deep.equal(['war-in-ukraine', 'election-2020']);
    expect(seen.clusters).to.deep.equal([]);
  });

  it('hands keys and pointer presses to the controllers', async () => {
    const { root, seen } = await plot(belarusStory);
    entry(root, 'war-in-ukraine').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
    );
    root.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(seen.keys).to.deep.equal(['ArrowRight']);
    expect(seen.pointers).to.equal(1);
  });

  it('draws the axis with one label per tick, and the break with how much time it leaves out', async () => {
    const { root, ctx } = await plot(belarusStory);
    const ticks = [...root.querySelectorAll('.axis text.tick')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(ctx.ticks.map((t) => formatTick(t, 'en', ctx.ticks)));
    expect(ticks.length).to.be.greaterThan(3);
    expect(root.querySelector('.axis')!.getAttribute('aria-hidden')).to.equal('true');
    const breaks = [...root.querySelectorAll('.breaks text.break-label')].map(textOf);
    expect(breaks).to.deep.equal([gapLabel(ctx.breaks[0].gap, 'en')]);
    expect(breaks[0]).to.match(/^\d+ years$/);
  });

  it('draws lane bands with their labels when horizontal, tracks when vertical', async () => {
    const across = (await plot(belarusStory)).root;
    expect([...across.querySelectorAll('[part="lane"] .lane-label')].map(textOf)).to.deep.equal([
      'Belarus',
      'Russia',
      'Belarus–Russia',
      'War in Ukraine',
    ]);
    expect(across.querySelector('.tracks')).to.be.null;
    const down = (await plot(belarusStory, { orientation: vertical, width: 375 })).root;
    expect(down.querySelectorAll('[part="lane"]')).to.have.length(0);
    expect(down.querySelectorAll('.tracks .track-mark')).to.have.length(14);
  });

  it('draws counted clusters as buttons that zoom into their stretch', async () => {
    const { root, seen, ctx } = await plot(syntheticStory(2000, 4), { width: 1280 });
    const clusters = [...root.querySelectorAll<SVGGElement>('[part="cluster"]')];
    expect(clusters.length).to.be.greaterThan(4);
    const placed = ctx.layout.entries.filter((p) => p.cluster);
    expect(clusters).to.have.length(placed.length);
    const [first] = placed;
    const g = root.querySelector<SVGGElement>(
      `[part="cluster"][data-start="${first.cluster!.start}"].lane-${first.lane}`,
    )!;
    expect(g.getAttribute('role')).to.equal('button');
    expect(g.getAttribute('aria-label')).to.equal(
      `${first.cluster!.count} entries, ${first.label.meta.join(' ')}: click to zoom in`,
    );
    expect(textOf(g.querySelector('.cluster-count'))).to.equal(String(first.cluster!.count));
    click(g.querySelector('.hit')!);
    expect(seen.clusters).to.deep.equal([[first.cluster!.start, first.cluster!.end]]);
    expect(seen.selected).to.deep.equal([]);
  });

  it('shows the wheel hint only when asked', async () => {
    const quiet = (await plot(belarusStory)).root.querySelector<HTMLElement>('.hint')!;
    expect(quiet.hidden).to.be.true;
    expect(textOf(quiet)).to.equal('');
    const hint = (await plot(belarusStory, {}, { hint: true, keyboard: true })).root;
    expect(hint.querySelector<HTMLElement>('.hint')!.hidden).to.be.false;
    expect(textOf(hint.querySelector('.hint'))).to.equal(strings.en.wheelHint);
    expect(hint.querySelector('.hint')!.getAttribute('role')).to.equal('status');
    expect(hint.querySelector('svg')!.classList.contains('keyboard')).to.be.true;
  });

  it('renders dataset text as text, never as markup', async () => {
    const story: TimelineDataset = {
      title: 'x',
      asOf: '2024',
      lanes: [{ id: 'a', label: '<b>lane</b>' }],
      entries: [{ id: 'x', date: '2020', lane: 'a', title: '<img src=x onerror=alert(1)>' }],
    };
    const { root } = await plot(story);
    expect(root.querySelector('img, b')).to.be.null;
    expect(textOf(entry(root, 'x').querySelector('text.label'))).to.contain('<img');
    expect(entry(root, 'x').getAttribute('aria-label')).to.equal('2020: <img src=x onerror=alert(1)>');
    expect(textOf(root.querySelector('.lane-label'))).to.equal('<b>lane</b>');
  });

  it('uses the orientation it is given for every fragment', async () => {
    for (const orientation of [horizontal, vertical]) {
      const { root } = await plot(belarusStory, {
        orientation,
        width: orientation === vertical ? 375 : 1000,
      });
      expect(root.querySelector('svg')!.classList.contains(orientation.name)).to.be.true;
      // Vertical axes draw a domain line beside the labels; horizontal ones do not.
      expect(!!root.querySelector('.axis line.domain')).to.equal(orientation === vertical);
    }
  });
});
