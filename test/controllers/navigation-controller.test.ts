import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ZoomTransform } from 'd3-zoom';
import { NavigationController } from '../../src/controllers/navigation-controller.js';
import type { MoveOptions, ZoomController } from '../../src/controllers/zoom-controller.js';
import { belarusStory } from '../../src/data/article-2022-10.js';
import { frameWindow, makeFrame, MIN_WINDOW } from '../../src/view/frame.js';
import type { Model } from '../../src/view/model.js';
import { modelOf, utc } from '../view/helpers.js';

type Call =
  | { kind: 'move'; transform: ZoomTransform; options?: MoveOptions }
  | { kind: 'zoomBy'; k: number; at: number | null; options?: MoveOptions }
  | { kind: 'panBy'; delta: number; options?: MoveOptions };

/** The moves navigation asks for, recorded: what d3 then does with them is the zoom test's. */
function fakeZoom(calls: Call[]): ZoomController {
  return {
    move: (transform: ZoomTransform, options?: MoveOptions) => {
      calls.push({ kind: 'move', transform, options });
      return Promise.resolve(true);
    },
    zoomBy: (k: number, at: number | null, options?: MoveOptions) => {
      calls.push({ kind: 'zoomBy', k, at, options });
      return Promise.resolve(true);
    },
    panBy: (delta: number, options?: MoveOptions) => {
      calls.push({ kind: 'panBy', delta, options });
      return Promise.resolve(true);
    },
  } as unknown as ZoomController;
}

/** A host that draws one focusable mark per shown entry, as the plot does. */
class NavigationHost extends LitElement {
  static override properties = { static: { type: Boolean }, view: {}, selected: {} };
  static = false;
  view = 'timeline';
  selected: string | null = null;
  start: string | null = null;
  end: string | null = null;
  steps: string | null = null;
  model: Model | null = null;
  calls: Call[] = [];
  selects: (string | null)[] = [];
  updates = 0;
  readonly nav = new NavigationController(this, {
    model: () => this.model,
    zoom: fakeZoom(this.calls),
    select: (id) => this.selects.push(id),
  });

  override render() {
    const shown = this.model?.shown.shown ?? [];
    return html`<div @keydown=${(e: KeyboardEvent) => this.nav.handleKeydown(e)}>
      ${shown.map(
        (p) =>
          html`<button
            class="entry"
            data-id=${p.entry.id}
            tabindex=${p.entry.id === this.nav.focusId ? 0 : -1}
          >
            ${p.entry.id}
          </button>`,
      )}
    </div>`;
  }

  override updated() {
    this.updates++;
  }
}
customElements.define('navigation-controller-host', NavigationHost);

/** The 2022 window of the built-in story: the 2020 and earlier entries lie to its left. */
const WINDOW = { from: utc(2022, 2), to: utc(2022, 11) };

async function host(model: Model | null = modelOf(belarusStory, WINDOW)): Promise<NavigationHost> {
  const el = await fixture<NavigationHost>(html`<navigation-controller-host></navigation-controller-host>`);
  el.model = model;
  if (model) el.nav.keep(model, null);
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

const mark = (el: NavigationHost, id: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`.entry[data-id="${id}"]`)!;
const focused = (el: NavigationHost) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

function press(el: NavigationHost, id: string, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  mark(el, id).dispatchEvent(event);
  return event;
}

/** The window a recorded move would show. */
const shownBy = (model: Model, transform: ZoomTransform) => {
  const { orientation, pieces, range } = model.frame!;
  return frameWindow(makeFrame(orientation, pieces, range, transform)).map(Number);
};

describe('NavigationController (controllers/navigation-controller)', () => {
  describe('the roving tab stop', () => {
    it('starts on the selection when there is one, else on the first entry shown', async () => {
      const model = modelOf(belarusStory);
      const nav = (await host(null)).nav;
      nav.keep(model, 'war-in-ukraine');
      expect(nav.focusId).to.equal('war-in-ukraine');
      const other = (await host(null)).nav;
      other.keep(model, null);
      expect(other.focusId).to.equal('lukashenko-presidency');
      const unknown = (await host(null)).nav;
      unknown.keep(model, 'no-such-entry');
      expect(unknown.focusId).to.equal('lukashenko-presidency');
    });

    it('stays where it is while that entry is shown, and moves when its lane is hidden', async () => {
      const el = await host(null);
      el.nav.keep(modelOf(belarusStory), null);
      el.nav.follow('election-2020');
      el.nav.keep(modelOf(belarusStory), 'war-in-ukraine');
      expect(el.nav.focusId).to.equal('election-2020');
      // Belarus hidden: the focus goes to the selection, or the first entry of what is left.
      el.nav.keep(modelOf(belarusStory, { lanes: 'war,russia' }), 'war-in-ukraine');
      expect(el.nav.focusId).to.equal('war-in-ukraine');
      el.nav.follow('election-2020');
      el.nav.keep(modelOf(belarusStory, { lanes: 'war,russia' }), null);
      expect(el.nav.focusId).to.equal('putin-in-power');
      el.nav.keep(modelOf(belarusStory, { lanes: '' }), null);
      expect(el.nav.focusId).to.be.null;
    });

    it('follows a selection, not a clearing', async () => {
      const { nav } = await host();
      nav.follow('election-2020');
      expect(nav.focusId).to.equal('election-2020');
      nav.follow(null);
      expect(nav.focusId).to.equal('election-2020');
    });

    it('asks for a redraw when keyboard use starts or stops, not otherwise', async () => {
      const el = await host();
      const before = el.updates;
      el.nav.setKeyboard(true);
      await el.updateComplete;
      el.nav.setKeyboard(true);
      await el.updateComplete;
      expect(el.updates).to.equal(before + 1);
      el.nav.setKeyboard(false);
      await el.updateComplete;
      expect(el.updates).to.equal(before + 2);
      expect(el.nav.keyboard).to.be.false;
    });
  });

  describe('keys', () => {
    it('moves the focus to the next and previous entry, and to the ends, clamped', async () => {
      const el = await host();
      const ids = el.model!.shown.shown.map((p) => p.entry.id);
      const event = press(el, 'war-in-ukraine', 'ArrowRight');
      expect(event.defaultPrevented).to.be.true;
      expect(el.nav.keyboard).to.be.true;
      expect(el.nav.focusId).to.equal(ids[ids.indexOf('war-in-ukraine') + 1]);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(focused(el)).to.equal(el.nav.focusId);
      press(el, 'war-in-ukraine', 'ArrowLeft');
      expect(el.nav.focusId).to.equal(ids[ids.indexOf('war-in-ukraine') - 1]);
      press(el, 'war-in-ukraine', 'End');
      expect(el.nav.focusId).to.equal(ids.at(-1));
      press(el, ids.at(-1)!, 'ArrowRight');
      expect(el.nav.focusId).to.equal(ids.at(-1));
      press(el, 'war-in-ukraine', 'Home');
      expect(el.nav.focusId).to.equal(ids[0]);
      press(el, ids[0], 'ArrowLeft');
      expect(el.nav.focusId).to.equal(ids[0]);
      // The other axis's arrows are the page's.
      expect(press(el, ids[0], 'ArrowDown').defaultPrevented).to.be.false;
    });

    it('pans an entry that the focus moves to into view, as the reader’s move', async () => {
      const el = await host();
      // From the first entry of 2022 back to the 2020 election, off to the left.
      press(el, 'supply-line-sabotage', 'ArrowLeft');
      expect(el.nav.focusId).to.equal('election-2020');
      const pan = el.calls.find((c) => c.kind === 'panBy');
      expect(pan).to.exist;
      expect(pan!.options).to.deep.equal({ animate: true, user: true });
      expect((pan as { delta: number }).delta).to.be.below(0);
    });

    it('selects the entry under the key with Enter and Space, and clears with Escape only when selected', async () => {
      const el = await host();
      press(el, 'war-in-ukraine', 'Enter');
      press(el, 'provocation-claims', ' ');
      expect(el.selects).to.deep.equal(['war-in-ukraine', 'provocation-claims']);
      expect(press(el, 'war-in-ukraine', 'Escape').defaultPrevented).to.be.false;
      expect(el.selects).to.have.length(2);
      el.selected = 'war-in-ukraine';
      expect(press(el, 'war-in-ukraine', 'Escape').defaultPrevented).to.be.true;
      expect(el.selects.at(-1)).to.be.null;
    });

    it('zooms around the entry under the key, unless static or in the list', async () => {
      const el = await host();
      const px = el.model!.frame!.scale(+el.model!.story.byId.get('war-in-ukraine')!.span.from);
      press(el, 'war-in-ukraine', '+');
      expect(el.calls.at(-1)).to.deep.equal({
        kind: 'zoomBy',
        k: 2,
        at: px,
        options: { animate: true, user: true },
      });
      press(el, 'war-in-ukraine', '-');
      expect(el.calls.at(-1)).to.deep.include({ kind: 'zoomBy', k: 0.5 });
      const count = el.calls.length;
      el.static = true;
      expect(press(el, 'war-in-ukraine', '+').defaultPrevented).to.be.false;
      el.static = false;
      el.view = 'list';
      expect(press(el, 'war-in-ukraine', '+').defaultPrevented).to.be.false;
      expect(el.calls).to.have.length(count);
    });

    it('does nothing before there is a frame', async () => {
      const el = await host();
      const model = el.model!;
      el.model = { ...model, frame: null };
      expect(press(el, 'war-in-ukraine', 'ArrowRight').defaultPrevented).to.be.false;
      expect(el.nav.keyboard).to.be.false;
    });
  });

  describe('zooming and panning', () => {
    it('zooms the buttons around the middle, and around an entry only when it is in view', async () => {
      const el = await host();
      el.nav.zoomByUser('in');
      expect(el.calls.at(-1)).to.deep.equal({
        kind: 'zoomBy',
        k: 2,
        at: null,
        options: { animate: true, user: true },
      });
      el.nav.zoomByUser('out', 'election-2020');
      expect(el.calls.at(-1)).to.deep.include({ k: 0.5, at: null });
    });

    it('resets to the whole story, as the reader’s move', async () => {
      const el = await host();
      el.nav.zoomByUser('reset');
      const call = el.calls.at(-1) as Extract<Call, { kind: 'move' }>;
      expect(call.kind).to.equal('move');
      expect([call.transform.k, call.transform.x, call.transform.y]).to.deep.equal([1, 0, 0]);
      expect(call.options).to.deep.equal({ animate: true, user: true });
    });

    it('moves to a window, animated, reporting only when the reader asked', async () => {
      const el = await host();
      el.nav.moveTo(utc(2020, 8), utc(2020, 9), false);
      const call = el.calls.at(-1) as Extract<Call, { kind: 'move' }>;
      expect(call.options).to.deep.equal({ animate: true, user: false });
      const [start, end] = shownBy(el.model!, call.transform);
      expect(start).to.be.closeTo(utc(2020, 8), 3600e3);
      expect(end).to.be.closeTo(utc(2020, 9), 3600e3);
    });

    it('opens a cluster to its stretch of time, at least the narrowest window', async () => {
      const el = await host();
      el.nav.openCluster(utc(2020, 1), utc(2020, 7));
      let [start, end] = shownBy(el.model!, (el.calls.at(-1) as Extract<Call, { kind: 'move' }>).transform);
      expect(start).to.be.closeTo(utc(2020, 1), 3600e3);
      expect(end).to.be.closeTo(utc(2020, 7), 3600e3);
      expect(el.calls.at(-1)!.options).to.deep.equal({ animate: true, user: true });
      const day = utc(2021, 5, 5);
      el.nav.openCluster(day, day + 864e5);
      [start, end] = shownBy(el.model!, (el.calls.at(-1) as Extract<Call, { kind: 'move' }>).transform);
      expect(end - start).to.be.closeTo(MIN_WINDOW, 3600e3);
      expect((start + end) / 2).to.be.closeTo(day + 864e5 / 2, 3600e3);
    });

    it('pans an entry out of view to the middle; leaves one in view alone', async () => {
      const el = await host();
      expect(await el.nav.ensureVisible('war-in-ukraine', false)).to.be.true;
      expect(el.calls).to.have.length(0);
      await el.nav.ensureVisible('election-2020', false);
      const call = el.calls.at(-1) as Extract<Call, { kind: 'panBy' }>;
      expect(call.options).to.deep.equal({ animate: true, user: false });
      const { scale, range } = el.model!.frame!;
      const span = el.model!.story.byId.get('election-2020')!.span;
      const middle = (scale(+span.from) + scale(+span.to)) / 2;
      expect(middle - call.delta).to.be.closeTo((range[0] + range[1]) / 2, 1e-6);
    });

    it('brings a period longer than the window in by its start', async () => {
      const el = await host(modelOf(belarusStory, { from: utc(1993, 6), to: utc(1993, 9) }));
      await el.nav.ensureVisible('putin-in-power', false);
      const call = el.calls.at(-1) as Extract<Call, { kind: 'panBy' }>;
      const { scale, range } = el.model!.frame!;
      const start = scale(+el.model!.story.byId.get('putin-in-power')!.span.from);
      expect(start - call.delta).to.be.closeTo(range[0] + 24, 1e-6);
    });

    it('does not pan when static, for an unknown id, or before there is a frame', async () => {
      const el = await host();
      el.static = true;
      expect(await el.nav.ensureVisible('election-2020', true)).to.be.true;
      el.static = false;
      expect(await el.nav.ensureVisible('no-such-entry', true)).to.be.true;
      el.model = { ...el.model!, frame: null };
      expect(await el.nav.ensureVisible('election-2020', true)).to.be.true;
      el.nav.zoomByUser('in');
      el.nav.moveTo(null, null, true);
      expect(el.calls).to.deep.equal([]);
    });
  });
});
