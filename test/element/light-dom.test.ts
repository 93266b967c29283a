import { expect, fixture } from '@open-wc/testing';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { belarusStory } from '../../src/data/index.js';
import { datasetToMarkup } from '../../src/data/markup-writer.js';
import { TimelineErrorEvent, TimelineLoadEvent } from '../../src/events.js';
import { $, $$, settle } from './helpers.js';
import '../../src/define.js';

/** Puts `markup` (a whole `<belarus-timeline>…`) into a container and collects its first events. */
async function mount(markup: string) {
  const events: Event[] = [];
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  host.style.width = '1000px';
  host.addEventListener('timeline-load', (e) => events.push(e));
  host.addEventListener('timeline-error', (e) => events.push(e));
  // Parsed while the element is already defined, as a page's markup is before its script runs
  // (a <template> keeps it inert until it is cloned in).
  const template = document.createElement('template');
  template.innerHTML = markup; // eslint-disable-line no-restricted-syntax -- test markup, not dataset text
  host.append(template.content.cloneNode(true));
  const el = host.querySelector('belarus-timeline')!;
  await settle(el);
  return { el, events };
}

describe('<belarus-timeline> light-DOM story', () => {
  it('reads the markup of `npm run snippet` as its dataset and hides it behind the timeline', async () => {
    const { el, events } = await mount(datasetToMarkup(belarusStory, 'nl'));
    expect(events.map((e) => e.type)).to.deep.equal(['timeline-load']);
    expect((events[0] as TimelineLoadEvent).detail.count).to.equal(14);
    expect($(el, '[part="heading"]')!.textContent).to.equal('Loekasjenko, Poetin en de oorlog in Oekraïne');
    expect($$(el, '[part~="entry"]')).to.have.length(14);
    // The fallback list is not slotted, so it is not drawn once the element runs.
    expect(el.querySelector('ol')!.getClientRects().length).to.equal(0);
    el.select('joint-troop-buildup');
    await el.updateComplete;
    expect($(el, '[part="detail"]')!.textContent).to.contain('10 oktober 2022');
  });

  it('keeps broken markup on screen as it is, and says what is wrong', async () => {
    const { el, events } = await mount(`<belarus-timeline lang="en"><ol data-as-of="2022">
      <li data-id="one" data-lane="a"><strong>No date at all</strong></li>
    </ol></belarus-timeline>`);
    expect(events.map((e) => e.type)).to.deep.equal(['timeline-error']);
    const paths = (events[0] as TimelineErrorEvent).detail.issues.map((i) => i.path);
    expect(paths.join(' ')).to.contain('entries[0].date');
    expect(el.querySelector('ol')!.getClientRects().length).to.be.greaterThan(0);
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect($(el, 'svg.plot')).to.equal(null);
  });

  it('is ignored when a dataset is given', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const el = document.createElement('belarus-timeline') as BelarusTimeline;
    el.dataset = {
      title: 'Given',
      asOf: '2020',
      lanes: [{ id: 'a', label: 'A' }],
      entries: [{ id: 'x', date: '2019', lane: 'a', title: 'X' }],
    };
    const ol = document.createElement('ol');
    ol.innerHTML = '<li data-id="y" data-lane="a"><time datetime="2018">2018</time> <strong>Y</strong></li>'; // eslint-disable-line no-restricted-syntax -- test markup
    el.append(ol);
    host.append(el);
    await settle(el);
    expect($$<SVGGElement>(el, '[part~="entry"]').map((g) => g.dataset.id)).to.deep.equal(['x']);
  });

  it('matches the committed snippet (what `npm run snippet` prints, checked again in CI)', async () => {
    const committed = await (await fetch('/test/fixtures/snippet.nl.html')).text();
    expect(committed).to.equal(`${datasetToMarkup(belarusStory, 'nl')}\n`);
    // The demo's page without scripts shows that same markup.
    const page = await (await fetch('/demo/no-js.html')).text();
    const lines = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    const pageLines = lines(page).join('\n');
    expect(pageLines).to.contain(lines(committed).join('\n'));
  });
});
