import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type FunctionComponent } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/index.js';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { belarusStory, type Lang, type TimelineDataset } from '../../src/data/index.js';

// The example is TSX, compiled by the test server (web-test-runner.config.js, `frameworks`); it is
// imported by URL so that the root type check leaves it to `tsc -p docs/frameworks`.
type Example = { StoryTimeline: FunctionComponent<{ dataset?: TimelineDataset; lang?: Lang }> };
const example = new URL('../../docs/frameworks/react.tsx', import.meta.url).href;

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('frameworks: React 19', () => {
  let host: HTMLDivElement;
  let root: Root;
  let el: BelarusTimeline;
  const story: TimelineDataset = { ...belarusStory, title: 'Told from React' };
  const output = () => host.querySelector('output')!.textContent;
  const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === text)!;

  beforeEach(async () => {
    const { StoryTimeline } = (await import(example)) as Example;
    host = document.createElement('div');
    host.style.width = '1000px';
    document.body.append(host);
    root = createRoot(host);
    flushSync(() => root.render(createElement(StoryTimeline, { dataset: story, lang: 'nl' })));
    el = host.querySelector('belarus-timeline')!;
    await el.updateComplete;
    await frames();
    await el.updateComplete;
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('passes `dataset` as a property and `lang` to the element', () => {
    expect(el.dataset.title).to.equal('Told from React');
    expect(el.hasAttribute('dataset')).to.be.false;
    expect(el.lang).to.equal('nl');
    expect(el.selected).to.equal(null);
    expect(output()).to.equal('none');
  });

  it('updates React state from `timeline-select` (ontimeline-select)', async () => {
    const mark = el.shadowRoot!.querySelector('[part~="entry"][data-id="election-2020"]')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => output() === 'election-2020', 'React state follows the selection');
    expect(el.selected).to.equal('election-2020');
  });

  it('sets `selected` on the element from React state', async () => {
    button('The war').click();
    await waitUntil(() => output() === 'war-in-ukraine');
    expect(el.selected).to.equal('war-in-ukraine');
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('war-in-ukraine');
    button('Clear').click();
    await waitUntil(() => output() === 'none');
    expect(el.selected).to.equal(null);
  });
});
