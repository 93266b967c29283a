import { expect, waitUntil } from '@open-wc/testing';
import { createApp, defineComponent, h, nextTick, type App, type Component } from 'vue';
import '../../src/index.js';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import type { TimelineSelectEvent } from '../../src/events.js';
import { belarusStory, type TimelineDataset } from '../../src/data/index.js';

// Imported by URL so that the root type check leaves the example to `tsc -p docs/frameworks`.
const example = new URL('../../docs/frameworks/vue.ts', import.meta.url).href;

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('frameworks: Vue 3', () => {
  let host: HTMLDivElement;
  let app: App;
  let el: BelarusTimeline;
  const story: TimelineDataset = { ...belarusStory, title: 'Told from Vue' };
  const output = () => host.querySelector('output')!.textContent;
  const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === text)!;
  const clickEntry = (id: string) =>
    el
      .shadowRoot!.querySelector(`[part~="entry"][data-id="${id}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

  async function mount(
    component: Component,
    props: Record<string, unknown> = {},
    isCustomElement?: (tag: string) => boolean,
  ) {
    host = document.createElement('div');
    host.style.width = '1000px';
    document.body.append(host);
    app = createApp(component, props);
    if (isCustomElement) app.config.compilerOptions.isCustomElement = isCustomElement;
    app.mount(host);
    el = host.querySelector('belarus-timeline')!;
    await el.updateComplete;
    await frames();
    await el.updateComplete;
  }

  afterEach(() => {
    app.unmount();
    host.remove();
  });

  describe('the render-function example', () => {
    beforeEach(async () => {
      const { StoryTimeline } = (await import(example)) as { StoryTimeline: Component };
      await mount(StoryTimeline, { dataset: story, lang: 'nl' });
    });

    it('passes `dataset` as a property and `lang` to the element', () => {
      expect(el.dataset.title).to.equal('Told from Vue');
      expect(el.hasAttribute('dataset')).to.be.false;
      expect(el.lang).to.equal('nl');
      expect(el.selected).to.equal(null);
      expect(output()).to.equal('none');
    });

    it('updates Vue state from `timeline-select` (onTimelineSelect)', async () => {
      clickEntry('election-2020');
      await waitUntil(() => output() === 'election-2020', 'Vue state follows the selection');
      expect(el.selected).to.equal('election-2020');
    });

    it('sets `selected` on the element from Vue state, and clears it', async () => {
      button('The war').click();
      await nextTick();
      expect(output()).to.equal('war-in-ukraine');
      expect(el.selected).to.equal('war-in-ukraine');
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('war-in-ukraine');
      button('Clear').click();
      await nextTick();
      await el.updateComplete;
      expect(output()).to.equal('none');
      // Vue clears a string property with '' and removes the attribute: the element ends at null.
      expect(el.selected).to.equal(null);
      expect(el.hasAttribute('selected')).to.be.false;
    });
  });

  describe('a template (docs/frameworks/README.md)', () => {
    // A new component each time: Vue keeps a template's compiled render function on the component.
    const template = () =>
      defineComponent({
        data: () => ({ selected: null as string | null, story }),
        methods: {
          onSelect(event: TimelineSelectEvent) {
            this.selected = event.detail.id;
          },
        },
        template: `
        <belarus-timeline lang="en" :selected="selected" .dataset="story" @timeline-select="onSelect" />
        <p>Selected: <output>{{ selected ?? 'none' }}</output></p>
        <button type="button" @click="selected = 'war-in-ukraine'">The war</button>`,
      });

    it('binds `.dataset`, `:selected` and `@timeline-select` with isCustomElement', async () => {
      await mount(template(), {}, (tag) => tag === 'belarus-timeline');
      expect(el.dataset.title).to.equal('Told from Vue');
      clickEntry('election-2020');
      await waitUntil(() => output() === 'election-2020');
      button('The war').click();
      await nextTick();
      expect(el.selected).to.equal('war-in-ukraine');
    });

    // Vue's in-browser compiler treats registered elements as custom elements; a build step (the SFC
    // compiler, whose default is `() => false`) does not.
    it('still renders the element without isCustomElement, with a warning', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        await mount(template(), {}, () => false);
      } finally {
        console.warn = warn;
      }
      expect(warnings.some((w) => w.includes('Failed to resolve component: belarus-timeline'))).to.be.true;
      expect(el.dataset.title).to.equal('Told from Vue');
    });
  });

  it('listens with a render function under either spelling of the event', async () => {
    const seen: string[] = [];
    const Both = defineComponent(
      () => () =>
        h('belarus-timeline', {
          onTimelineSelect: () => seen.push('onTimelineSelect'),
          'onTimeline-select': () => seen.push('onTimeline-select'),
        }),
    );
    await mount(Both);
    clickEntry('election-2020');
    expect(seen).to.have.members(['onTimelineSelect', 'onTimeline-select']);
  });
});
