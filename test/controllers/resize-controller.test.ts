import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { ResizeController } from '../../src/controllers/resize-controller.js';

class ResizeHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: Georgia, serif;
    }
  `;
  updates = 0;
  readonly resize = new ResizeController(this);

  override render() {
    return html`<p>${this.resize.width}</p>`;
  }

  override updated() {
    this.updates++;
  }
}
customElements.define('resize-controller-host', ResizeHost);

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function hostIn(style: string): Promise<{ wrap: HTMLDivElement; el: ResizeHost }> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style=${style}><resize-controller-host></resize-controller-host></div>`,
  );
  const el = wrap.querySelector<ResizeHost>('resize-controller-host')!;
  await el.updateComplete;
  return { wrap, el };
}

describe('ResizeController (controllers/resize-controller)', () => {
  it('measures the host at connection, so the first frame has its width and font', async () => {
    const { el } = await hostIn('width: 512px');
    expect(el.resize.width).to.equal(512);
    expect(el.resize.font).to.contain('Georgia');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('512');
  });

  it('follows the host’s width, redrawing once in the next frame', async () => {
    const { wrap, el } = await hostIn('width: 512px');
    await frames();
    const before = el.updates;
    wrap.style.width = '333.4px';
    await frames();
    await el.updateComplete;
    expect(el.resize.width).to.equal(333);
    expect(el.updates).to.equal(before + 1);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('333');
    // The same width again: nothing to redraw.
    wrap.style.width = '333.2px';
    await frames();
    expect(el.updates).to.equal(before + 1);
  });

  it('measures 0 while hidden, and the width once shown', async () => {
    const { wrap, el } = await hostIn('width: 400px; display: none');
    expect(el.resize.width).to.equal(0);
    wrap.style.display = 'block';
    await frames();
    await el.updateComplete;
    expect(el.resize.width).to.equal(400);
  });

  it('stops observing when disconnected', async () => {
    const { el } = await hostIn('width: 420px');
    await frames();
    const before = el.updates;
    // Removed, the host has no box: an observer still watching would report width 0.
    el.remove();
    await frames();
    expect(el.resize.width).to.equal(420);
    expect(el.updates).to.equal(before);
  });

  it('measures text in the plot’s styles: longer is wider, titles wider than meta lines', async () => {
    const { el } = await hostIn('width: 400px');
    const { measure } = el.resize;
    expect(measure('Lukashenko', 'label')).to.be.greaterThan(measure('Luka', 'label'));
    expect(measure('Lukashenko', 'label')).to.be.greaterThan(measure('Lukashenko', 'meta'));
    expect(measure('Lukashenko', 'label')).to.equal(measure('Lukashenko', 'label'));
    expect(measure('', 'label')).to.be.at.most(2);
  });
});
