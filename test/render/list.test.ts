import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/article-2022-10.js';
import { strings } from '../../src/i18n.js';
import { renderList, type ListContext } from '../../src/render/list.js';
import { hiddenLanes, indexShown, indexStory } from '../../src/view/story-index.js';
import { syntheticStory } from '../synthetic.js';
import { click, show, textOf } from './helpers.js';

async function list(options: Partial<ListContext> & { lanes?: string } = {}) {
  const { lanes, ...rest } = options;
  const dataset = rest.dataset ?? belarusStory;
  const story = indexStory(dataset);
  const seen: { selected: string[]; more: number[] } = { selected: [], more: [] };
  const root = await show(
    renderList({
      shown: indexShown(story, hiddenLanes(dataset, lanes ?? null).hidden),
      dataset,
      eras: [],
      selected: null,
      newestFirst: false,
      lang: 'en',
      t: strings.en,
      count: 200,
      page: 200,
      onSelect: (id) => seen.selected.push(id),
      onMore: (count) => seen.more.push(count),
      ...rest,
    }),
  );
  const items = () => [...root.querySelectorAll<HTMLLIElement>('[part="list"] > li')];
  return { root, seen, items, story };
}

describe('list fragment (render/list)', () => {
  it('lists every shown entry in date order, with lane, date, title and body', async () => {
    const { root, items } = await list();
    expect(root.querySelector('ol')!.getAttribute('part')).to.equal('list');
    expect(items().map((li) => li.dataset.id)).to.deep.equal(belarusStory.entries.map((e) => e.id));
    const war = items().find((li) => li.dataset.id === 'war-in-ukraine')!;
    expect(textOf(war.querySelector('.detail-meta'))).to.equal(
      'War in Ukraine · February 24, 2022 – present',
    );
    expect(war.querySelector('time')!.getAttribute('datetime')).to.equal('2022-02-24');
    expect(textOf(war.querySelector('h3'))).to.equal('War in Ukraine');
    expect(war.classList.contains('lane-3')).to.be.true;
    expect(war.querySelector('.summary')).to.exist;
    expect(root.querySelector('.list-more')).to.be.null;
  });

  it('leaves hidden lanes out', async () => {
    const { items } = await list({ lanes: 'war' });
    expect(items()).to.have.length(4);
    expect(items().every((li) => li.classList.contains('lane-3'))).to.be.true;
  });

  it('marks the selected entry, and calls back with the title pressed', async () => {
    const { items, seen } = await list({ selected: 'election-2020' });
    for (const li of items()) {
      const button = li.querySelector('button.list-select')!;
      const selected = li.dataset.id === 'election-2020';
      expect(button.getAttribute('aria-pressed'), li.dataset.id).to.equal(String(selected));
      expect(li.classList.contains('selected')).to.equal(selected);
    }
    items()[2].querySelector<HTMLButtonElement>('button.list-select')!.click();
    click(items()[0].querySelector('.summary')!);
    expect(seen.selected).to.deep.equal([items()[2].dataset.id]);
  });

  it('comes a page at a time, saying how many are left', async () => {
    const { items, root, seen } = await list({ count: 5, page: 4 });
    expect(items()).to.have.length(5);
    const more = root.querySelector<HTMLButtonElement>('button.list-more')!;
    expect(textOf(more)).to.equal('Show 4 more (9 left)');
    more.click();
    expect(seen.more).to.deep.equal([9]);
    // The last page offers only what is left.
    const last = await list({ count: 12, page: 4 });
    expect(textOf(last.root.querySelector('.list-more'))).to.equal('Show 2 more (2 left)');
  });

  it('always includes the selected entry, however far down', async () => {
    const dataset = syntheticStory(1000, 8);
    const { story } = await list({ dataset });
    const target = story.prepared[700].entry.id;
    const { items, root } = await list({ dataset, count: 200, page: 200, selected: target });
    expect(items()).to.have.length(701);
    expect(items().at(-1)!.dataset.id).to.equal(target);
    expect(textOf(root.querySelector('.list-more'))).to.equal('Show 200 more (299 left)');
  });

  it('shows all at once for an unbounded count (printing)', async () => {
    const { items, root } = await list({ dataset: syntheticStory(300, 8), count: Infinity });
    expect(items()).to.have.length(300);
    expect(root.querySelector('.list-more')).to.be.null;
  });

  it('speaks the reader’s language', async () => {
    const { items, root } = await list({ lang: 'nl', t: strings.nl, count: 3, page: 3 });
    const war = (await list({ lang: 'nl', t: strings.nl }))
      .items()
      .find((li) => li.dataset.id === 'war-in-ukraine')!;
    expect(textOf(war.querySelector('.detail-meta'))).to.equal(
      'Oorlog in Oekraïne · 24 februari 2022 – heden',
    );
    expect(items()).to.have.length(3);
    expect(textOf(root.querySelector('.list-more'))).to.equal('Toon 3 meer (nog 11)');
  });
});
