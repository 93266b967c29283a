import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { ZoomController } from '../../src/controllers/zoom-controller.js';
import type { Zoom } from '../../src/scale/time-scale.js';

/** A host with the one node the controller binds to; `flip` renders a new node in its place. */
class ZoomHost extends LitElement {
  static override properties = { flip: { type: Boolean }, plot: { type: Boolean } };
  flip = false;
  plot = true;
  ends = 0;
  updates = 0;
  readonly zoom = new ZoomController(this, {
    target: () => this.renderRoot?.querySelector('svg.plot'),
    onUserEnd: () => this.ends++,
  });

  override render() {
    if (!this.plot) return html`<p>no plot</p>`;
    return this.flip
      ? html`<svg class="plot flipped" width="1000" height="400"></svg>`
      : html`<svg class="plot" width="1000" height="400"></svg>`;
  }

  override updated() {
    this.updates++;
  }

  // As the element does: d3-zoom loads beside the first frame.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.zoom.ready;
    return done;
  }
}
customElements.define('zoom-controller-host', ZoomHost);

const svgOf = (el: ZoomHost) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
/** What d3-zoom keeps on the node: gestures start from it. */
const stored = (node: Element) => (node as Element & { __zoom: ZoomTransform }).__zoom;
const parts = (t: Zoom) => [t.k, t.x, t.y];
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function host(attrs = ''): Promise<ZoomHost> {
  const el = await fixture<ZoomHost>(
    attrs === 'no-plot'
      ? html`<zoom-controller-host .plot=${false}></zoom-controller-host>`
      : html`<zoom-controller-host></zoom-controller-host>`,
  );
  el.zoom.configure('x', [0, 1000], 400, 50, true);
  // Zooming on, d3-zoom loads; the host's updateComplete waits for it.
  await el.updateComplete;
  return el;
}

function wheelOn(node: Element, init: WheelEventInit): WheelEvent {
  const box = node.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: box.left + 500,
    clientY: box.top + 100,
    ...init,
  });
  node.dispatchEvent(event);
  return event;
}

describe('ZoomController (controllers/zoom-controller)', () => {
  it('keeps d3’s stored transform equal to its own after move, zoomBy and panBy', async () => {
    const el = await host();
    const node = svgOf(el);
    expect(parts(stored(node))).to.deep.equal([1, 0, 0]);
    await el.zoom.move(zoomIdentity.translate(-1000, 0).scale(3));
    expect(parts(el.zoom.transform)).to.deep.equal([3, -1000, 0]);
    expect(stored(node)).to.equal(el.zoom.transform);
    await el.zoom.zoomBy(0.5, 0);
    expect(parts(el.zoom.transform)).to.deep.equal([1.5, -500, 0]);
    expect(stored(node)).to.equal(el.zoom.transform);
    await el.zoom.panBy(-100);
    expect(parts(el.zoom.transform)).to.deep.equal([1.5, -400, 0]);
    expect(stored(node)).to.equal(el.zoom.transform);
    // Around the middle of the plot when no point is given.
    await el.zoom.zoomBy(2, null);
    expect(el.zoom.transform.k).to.equal(3);
    // d3-zoom's invertX: the time at the middle stays there.
    const { k, x } = el.zoom.transform;
    expect((500 - x) / k).to.be.closeTo((500 + 400) / 1.5, 1e-9);
  });

  it('keeps every move inside the extent and the zoom limits', async () => {
    const el = await host();
    await el.zoom.zoomBy(1000, 0);
    expect(el.zoom.transform.k).to.equal(50);
    await el.zoom.zoomBy(1e-6, 0);
    expect(parts(el.zoom.transform)).to.deep.equal([1, 0, 0]);
    // At k = 1 the plot shows everything: there is nowhere to pan.
    await el.zoom.panBy(300);
    expect(parts(el.zoom.transform)).to.deep.equal([1, 0, 0]);
    await el.zoom.zoomBy(2, 0);
    await el.zoom.panBy(5000);
    expect(parts(el.zoom.transform)).to.deep.equal([2, -1000, 0]);
    expect(stored(svgOf(el))).to.equal(el.zoom.transform);
  });

  it('keeps a programmatic move inside the zoom limits and the extent, as gestures are', async () => {
    const el = await host();
    // d3-zoom's transform() does not constrain (scaleBy and translateBy do): a window set by
    // `start`/`end` or zoomTo could otherwise be one no gesture can reach, and the next gesture jumps.
    await el.zoom.move(zoomIdentity.translate(-20000, 0).scale(100));
    expect(el.zoom.transform.k).to.equal(50);
    expect(el.zoom.transform.x).to.be.within(-49000, 0);
    await el.zoom.move(zoomIdentity.translate(300, 0));
    expect(parts(el.zoom.transform)).to.deep.equal([1, 0, 0]);
    expect(stored(svgOf(el))).to.equal(el.zoom.transform);
  });

  describe('d3-zoom, loaded when zooming is first allowed', () => {
    /** A host whose controller has not been told that it may zoom: d3-zoom is not bound. */
    const unconfigured = () => fixture<ZoomHost>(html`<zoom-controller-host></zoom-controller-host>`);

    it('is not bound until zooming is allowed, and then gets the transform set before', async () => {
      const el = await unconfigured();
      el.zoom.configure('x', [0, 1000], 400, 50, false);
      await el.updateComplete;
      const node = svgOf(el);
      expect(stored(node)).to.equal(undefined);
      expect(wheelOn(node, { deltaY: -100, ctrlKey: true }).defaultPrevented).to.be.false;
      // Kept here (the frames draw it), and handed to d3 once it is bound.
      await el.zoom.move(zoomIdentity.translate(-1000, 0).scale(3));
      expect(parts(el.zoom.transform)).to.deep.equal([3, -1000, 0]);
      el.zoom.configure('x', [0, 1000], 400, 50, true);
      await el.updateComplete;
      expect(parts(stored(node))).to.deep.equal([3, -1000, 0]);
      expect(stored(node)).to.equal(el.zoom.transform);
      await el.zoom.zoomBy(0.5, 0);
      expect(parts(el.zoom.transform)).to.deep.equal([1.5, -500, 0]);
    });

    it('runs a move asked for while it loads once it is in', async () => {
      const el = await unconfigured();
      el.zoom.configure('x', [0, 1000], 400, 50, true);
      // Before `ready`: a zoom button pressed in the first moments.
      const moved = el.zoom.zoomBy(2, 0, { user: true });
      expect(el.zoom.transform.k).to.equal(1);
      expect(await moved).to.equal(true);
      expect(parts(el.zoom.transform)).to.deep.equal([2, 0, 0]);
      expect(stored(svgOf(el))).to.equal(el.zoom.transform);
      expect(el.ends).to.equal(1);
    });

    it('animates a move asked for while it loads once it is in', async () => {
      const el = await unconfigured();
      el.zoom.configure('x', [0, 1000], 400, 50, true);
      const moved = el.zoom.move(zoomIdentity.translate(-1000, 0).scale(3), { animate: true, user: true });
      expect(el.zoom.transform.k).to.equal(1);
      // Over several frames once d3-zoom is in: a transition, not a jump.
      await el.zoom.ready;
      const seen = new Set<number>();
      for (let i = 0; i < 5; i++) {
        await frame();
        seen.add(el.zoom.transform.k);
      }
      expect(await moved).to.equal(true);
      expect(parts(el.zoom.transform)).to.deep.equal([3, -1000, 0]);
      expect([...seen].filter((k) => k > 1 && k < 3).length).to.be.greaterThan(1);
      expect(el.ends).to.equal(1);
    });

    it('keeps a window set before it came inside the extent once it is bound, and draws it', async () => {
      const el = await unconfigured();
      el.zoom.configure('x', [0, 1000], 400, 50, false);
      await el.updateComplete;
      // Beyond the extent's start: only d3's constrain knows the translate extent.
      await el.zoom.move(zoomIdentity.translate(300, 0).scale(2));
      expect(parts(el.zoom.transform)).to.deep.equal([2, 300, 0]);
      const updates = el.updates;
      el.zoom.configure('x', [0, 1000], 400, 50, true);
      await el.updateComplete;
      expect(parts(el.zoom.transform)).to.deep.equal([2, 0, 0]);
      expect(stored(svgOf(el))).to.equal(el.zoom.transform);
      expect(el.updates).to.be.greaterThan(updates);
    });
  });

  it('moves along y when configured vertical', async () => {
    const el = await host();
    el.zoom.configure('y', [0, 400], 1000, 50, true);
    await el.zoom.zoomBy(2, 100);
    expect(parts(el.zoom.transform)).to.deep.equal([2, 0, -100]);
    await el.zoom.panBy(50);
    expect(parts(el.zoom.transform)).to.deep.equal([2, 0, -150]);
    expect(stored(svgOf(el))).to.equal(el.zoom.transform);
  });

  it('reports the end of user moves only, once each', async () => {
    const el = await host();
    await el.zoom.move(zoomIdentity.scale(2));
    await el.zoom.zoomBy(2, 0);
    await el.zoom.panBy(-10);
    expect(el.ends).to.equal(0);
    await el.zoom.move(zoomIdentity.scale(3), { user: true });
    expect(el.ends).to.equal(1);
    await el.zoom.panBy(-10, { user: true });
    expect(el.ends).to.equal(2);
  });

  it('requests an update for every move, silent or not', async () => {
    const el = await host();
    const before = el.updates;
    el.zoom.move(zoomIdentity.scale(2));
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
    el.zoom.zoomBy(2, 0, { user: true });
    await el.updateComplete;
    expect(el.updates).to.equal(before + 2);
  });

  it('animates over several frames, ends exactly on the target, then reports once', async () => {
    const el = await host();
    const target = zoomIdentity.translate(-1234.5, 0).scale(4);
    const moved = el.zoom.move(target, { animate: true, user: true });
    // Nothing settled yet: the transform is still the old one and no report has gone out.
    expect(parts(el.zoom.transform)).to.deep.equal([1, 0, 0]);
    expect(el.ends).to.equal(0);
    const seen = new Set<number>();
    for (let i = 0; i < 40 && el.ends === 0; i++) {
      await frame();
      seen.add(el.zoom.transform.k);
      if (el.ends === 0) expect(stored(svgOf(el))).to.equal(el.zoom.transform);
    }
    expect(await moved).to.be.true;
    expect(seen.size).to.be.greaterThan(2);
    expect(parts(el.zoom.transform)).to.deep.equal([4, -1234.5, 0]);
    expect(stored(svgOf(el))).to.equal(el.zoom.transform);
    await sleep(50);
    expect(el.ends).to.equal(1);
  });

  it('lets a new move interrupt an animated one: the first says so and does not report', async () => {
    const el = await host();
    const first = el.zoom.move(zoomIdentity.scale(4), { animate: true, user: true });
    await frame();
    await frame();
    const second = el.zoom.zoomBy(2, 0, { user: true });
    expect(await first).to.be.false;
    expect(await second).to.be.true;
    expect(el.ends).to.equal(1);
    expect(stored(svgOf(el))).to.equal(el.zoom.transform);
    await sleep(450);
    expect(el.ends).to.equal(1);
  });

  it('keeps the transform without a node to bind, and hands it to the node that comes', async () => {
    const el = await host('no-plot');
    await el.zoom.move(zoomIdentity.translate(-500, 0).scale(2), { user: true });
    expect(parts(el.zoom.transform)).to.deep.equal([2, -500, 0]);
    expect(el.ends).to.equal(1);
    // zoomBy and panBy need d3's node: without it they change nothing.
    expect(await el.zoom.zoomBy(2, 0)).to.be.true;
    expect(el.zoom.transform.k).to.equal(2);
    el.plot = true;
    await el.updateComplete;
    expect(stored(svgOf(el))).to.equal(el.zoom.transform);
    await el.zoom.zoomBy(2, 0);
    expect(el.zoom.transform.k).to.equal(4);
  });

  it('binds a new node with the transform in effect, and lets the old one go', async () => {
    const el = await host();
    await el.zoom.move(zoomIdentity.translate(-300, 0).scale(2));
    const old = svgOf(el);
    el.flip = true;
    await el.updateComplete;
    const node = svgOf(el);
    expect(node).to.not.equal(old);
    expect(stored(node)).to.equal(el.zoom.transform);
    expect(wheelOn(old, { deltaY: -100, ctrlKey: true }).defaultPrevented).to.be.false;
    expect(wheelOn(node, { deltaY: -100, ctrlKey: true }).defaultPrevented).to.be.true;
  });

  describe('wheel', () => {
    it('zooms on Ctrl + wheel as a gesture: d3’s transform and its own agree, one report', async () => {
      const el = await host();
      const event = wheelOn(svgOf(el), { deltaY: -100, ctrlKey: true });
      expect(event.defaultPrevented).to.be.true;
      expect(el.zoom.transform.k).to.be.closeTo(Math.SQRT2, 1e-9);
      expect(stored(svgOf(el))).to.equal(el.zoom.transform);
      await sleep(250);
      expect(el.ends).to.equal(1);
    });

    it('claims Ctrl + wheel even at the zoom limit, so the page does not zoom', async () => {
      const el = await host();
      await el.zoom.zoomBy(1000, 0);
      const event = wheelOn(svgOf(el), { deltaY: -100, ctrlKey: true });
      expect(event.defaultPrevented).to.be.true;
      expect(el.zoom.transform.k).to.equal(50);
    });

    it('leaves a plain vertical wheel to the page, with a hint', async () => {
      const el = await host();
      const event = wheelOn(svgOf(el), { deltaY: 100 });
      expect(event.defaultPrevented).to.be.false;
      expect(el.zoom.hint).to.be.true;
      expect(el.zoom.transform.k).to.equal(1);
    });

    it('pans on a sideways wheel when time runs along x, reporting when the wheel stops', async () => {
      const el = await host();
      await el.zoom.zoomBy(2, 0);
      const event = wheelOn(svgOf(el), { deltaX: 120, deltaY: 3 });
      expect(event.defaultPrevented).to.be.true;
      expect(el.zoom.transform.x).to.equal(-120);
      expect(stored(svgOf(el))).to.equal(el.zoom.transform);
      expect(el.ends).to.equal(0);
      await sleep(250);
      expect(el.ends).to.equal(1);
    });

    it('does nothing when zooming is off (static)', async () => {
      const el = await host();
      el.zoom.configure('x', [0, 1000], 400, 50, false);
      expect(wheelOn(svgOf(el), { deltaY: -100, ctrlKey: true }).defaultPrevented).to.be.false;
      expect(wheelOn(svgOf(el), { deltaY: 100 }).defaultPrevented).to.be.false;
      expect(el.zoom.hint).to.be.false;
      expect(el.zoom.transform.k).to.equal(1);
    });

    it('releases its wheel listener and d3’s on disconnect, and binds again on re-insertion', async () => {
      const el = await host();
      const node = svgOf(el);
      const parent = el.parentElement!;
      el.remove();
      expect(wheelOn(node, { deltaY: -100, ctrlKey: true }).defaultPrevented).to.be.false;
      expect(wheelOn(node, { deltaY: 100 }).defaultPrevented).to.be.false;
      expect(el.zoom.hint).to.be.false;
      expect(el.zoom.transform.k).to.equal(1);
      // A move while away is kept, and handed to d3 when the node is bound again.
      await el.zoom.move(zoomIdentity.translate(-200, 0).scale(2));
      parent.append(el);
      await el.updateComplete;
      expect(stored(svgOf(el))).to.equal(el.zoom.transform);
      expect(wheelOn(svgOf(el), { deltaY: -100, ctrlKey: true }).defaultPrevented).to.be.true;
    });
  });
});
