import { expect, waitUntil } from '@open-wc/testing';
import { flushSync, mount, unmount, type Component } from 'svelte';
import '../../src/index.js';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { belarusStory, type Lang, type TimelineDataset } from '../../src/data/index.js';

// The test server compiles `.svelte` (web-test-runner.config.js, `frameworks`).
type Props = { dataset?: TimelineDataset; lang?: Lang };
const example = new URL('../../docs/frameworks/svelte.svelte', import.meta.url).href;

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('frameworks: Svelte 5', () => {
  let host: HTMLDivElement;
  let app: Record<string, unknown>;
  let el: BelarusTimeline;
  const story: TimelineDataset = { ...belarusStory, title: 'Told from Svelte' };
  const output = () => host.querySelector('output')!.textContent;
  const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === text)!;

  beforeEach(async () => {
    const { default: StoryTimeline } = (await import(example)) as { default: Component<Props> };
    host = document.createElement('div');
    host.style.width = '1000px';
    document.body.append(host);
    app = mount(StoryTimeline, { target: host, props: { dataset: story, lang: 'nl' } });
    flushSync();
    el = host.querySelector('belarus-timeline')!;
    await el.updateComplete;
    await frames();
    await el.updateComplete;
  });

  afterEach(() => {
    unmount(app);
    host.remove();
  });

  it('passes `dataset` as a property and `lang` to the element', () => {
    expect(el.dataset.title).to.equal('Told from Svelte');
    expect(el.hasAttribute('dataset')).to.be.false;
    expect(el.lang).to.equal('nl');
    expect(el.selected).to.equal(null);
    expect(output()).to.equal('none');
  });

  it('updates Svelte state from `timeline-select` (ontimeline-select)', async () => {
    const mark = el.shadowRoot!.querySelector('[part~="entry"][data-id="election-2020"]')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => output() === 'election-2020', 'Svelte state follows the selection');
    expect(el.selected).to.equal('election-2020');
  });

  it('sets `selected` on the element from Svelte state, and clears it', async () => {
    button('The war').click();
    flushSync();
    expect(output()).to.equal('war-in-ukraine');
    expect(el.selected).to.equal('war-in-ukraine');
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('war-in-ukraine');
    button('Clear').click();
    flushSync();
    await el.updateComplete;
    expect(output()).to.equal('none');
    expect(el.selected).to.equal(null);
    expect(el.hasAttribute('selected')).to.be.false;
  });
});
