import { expect } from '@open-wc/testing';
import { strings } from '../../src/i18n.js';
import { renderToolbar, type ToolbarContext } from '../../src/render/toolbar.js';
import { show, textOf } from './helpers.js';

async function toolbar(options: Partial<ToolbarContext> = {}) {
  const seen: string[] = [];
  const root = await show(
    renderToolbar({
      t: strings.en,
      zoom: true,
      exports: true,
      list: false,
      position: -1,
      count: 14,
      onStep: (delta) => seen.push(`step ${delta}`),
      onZoom: (action) => seen.push(`zoom ${action}`),
      onDownload: (type) => seen.push(`download ${type}`),
      onToggleView: () => seen.push('toggle'),
      ...options,
    }),
  );
  const button = (cls: string) => root.querySelector<HTMLButtonElement>(`button.${cls}`);
  return { root, seen, button };
}

describe('toolbar fragment (render/toolbar)', () => {
  it('is a named group of buttons with accessible names', async () => {
    const { root, button } = await toolbar();
    const group = root.querySelector('[part="controls"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('View');
    expect(button('zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    expect(button('zoom-out')!.getAttribute('aria-label')).to.equal('Zoom out');
    expect(textOf(button('reset'))).to.equal('Whole timeline');
    expect(button('download-svg')!.getAttribute('aria-label')).to.equal('Download this view as SVG');
    expect(button('download-png')!.getAttribute('aria-label')).to.equal('Download this view as PNG');
    expect(textOf(button('view-toggle'))).to.equal('List');
    // Tooltips say what the symbols mean.
    expect(button('zoom-in')!.title).to.equal('Zoom in');
    for (const b of root.querySelectorAll('button')) expect(b.type).to.equal('button');
  });

  it('calls back with what was pressed', async () => {
    const { seen, button } = await toolbar();
    for (const cls of ['zoom-in', 'zoom-out', 'reset', 'download-svg', 'download-png', 'view-toggle'])
      button(cls)!.click();
    expect(seen).to.deep.equal([
      'zoom in',
      'zoom out',
      'zoom reset',
      'download svg',
      'download png',
      'toggle',
    ]);
  });

  it('leaves out the zoom buttons when zooming is off, and the exports when asked', async () => {
    const { root, button } = await toolbar({ zoom: false, exports: false, list: true });
    expect(button('zoom-in')).to.be.null;
    expect(button('reset')).to.be.null;
    expect(button('download-svg')).to.be.null;
    // Previous, Next and the list toggle stay.
    expect([...root.querySelectorAll('button')].map((b) => b.className)).to.deep.equal([
      'previous',
      'next',
      'view-toggle',
    ]);
  });

  it('shows the list toggle pressed in list view', async () => {
    expect((await toolbar({ list: true })).button('view-toggle')!.getAttribute('aria-pressed')).to.equal(
      'true',
    );
    expect((await toolbar({ list: false })).button('view-toggle')!.getAttribute('aria-pressed')).to.equal(
      'false',
    );
  });

  it('speaks Dutch', async () => {
    const { root, button } = await toolbar({ t: strings.nl });
    expect(root.querySelector('[part="controls"]')!.getAttribute('aria-label')).to.equal('Weergave');
    expect(button('zoom-in')!.getAttribute('aria-label')).to.equal('Inzoomen');
    expect(textOf(button('view-toggle'))).to.equal('Lijst');
  });

  it('steps with Previous and Next, shows the position and disables the ends', async () => {
    const none = await toolbar();
    expect(textOf(none.root.querySelector('.position [aria-hidden]'))).to.equal('– / 14');
    expect(none.button('previous')!.disabled).to.equal(false);
    none.button('previous')!.click();
    none.button('next')!.click();
    expect(none.seen).to.deep.equal(['step -1', 'step 1']);
    const first = await toolbar({ position: 0 });
    expect(first.button('previous')!.disabled).to.equal(true);
    expect(textOf(first.root.querySelector('.position .visually-hidden'))).to.equal('1 of 14');
    const last = await toolbar({ position: 13 });
    expect(last.button('next')!.disabled).to.equal(true);
    expect(textOf(last.root.querySelector('.position [aria-hidden]'))).to.equal('14 / 14');
  });
});
